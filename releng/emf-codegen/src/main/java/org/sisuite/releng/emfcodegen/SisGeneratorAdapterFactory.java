package org.sisuite.releng.emfcodegen;

import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;

/**
 * The standard EMF generator adapters, with two SIS rules for the files around the Java code:
 * <ul>
 * <li>{@code META-INF/MANIFEST.MF} and {@code build.properties} are hand-written: they are never generated, whatever
 * the genmodel says;</li>
 * <li>{@code plugin.properties} is regenerated as a whole instead of merged (EMF's merge only appends keys, so the
 * file would depend on the history of the model rather than on the model).</li>
 * </ul>
 * {@code plugin.xml} keeps EMF's behaviour: the generated extensions are replaced, others are kept.
 */
public class SisGeneratorAdapterFactory extends GenModelGeneratorAdapterFactory
{
  public static final GeneratorAdapterFactory.Descriptor DESCRIPTOR = SisGeneratorAdapterFactory::new;

  @Override
  public Adapter createGenModelAdapter()
  {
    if (genModelGeneratorAdapter == null)
    {
      genModelGeneratorAdapter = new SisGenModelGeneratorAdapter(this);
    }
    return genModelGeneratorAdapter;
  }

  static class SisGenModelGeneratorAdapter extends GenModelGeneratorAdapter
  {
    SisGenModelGeneratorAdapter(GeneratorAdapterFactory generatorAdapterFactory)
    {
      super(generatorAdapterFactory);
    }

    @Override
    protected void generateModelManifest(GenModel genModel, Monitor monitor)
    {
      // No MANIFEST.MF; plugin.xml as EMF does it.
      monitor.worked(1);
      generateText(genModel.getModelProjectDirectory() + "/plugin.xml", getJETEmitter(getJETEmitterDescriptors(), MODEL_PLUGIN_XML_ID), null, true,
        MANIFEST_ENCODING, createMonitor(monitor, 1));
    }

    @Override
    protected void generateModelBuildProperties(GenModel genModel, Monitor monitor)
    {
      monitor.worked(1);
    }

    @Override
    protected void generateEditManifest(GenModel genModel, Monitor monitor)
    {
      monitor.worked(1);
      generateText(genModel.getEditProjectDirectory() + "/plugin.xml", getJETEmitter(getJETEmitterDescriptors(), EDIT_PLUGIN_XML_ID), null, true,
        MANIFEST_ENCODING, createMonitor(monitor, 1));
    }

    @Override
    protected void generateEditBuildProperties(GenModel genModel, Monitor monitor)
    {
      monitor.worked(1);
    }

    @Override
    protected boolean shouldMerge(URI workspacePath)
    {
      return !workspacePath.toString().endsWith(".properties") && super.shouldMerge(workspacePath);
    }
  }
}
