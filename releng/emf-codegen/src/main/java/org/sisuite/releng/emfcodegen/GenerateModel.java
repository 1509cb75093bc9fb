package org.sisuite.releng.emfcodegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the SIS model and edit code from {@code bundles/org.sisuite.model/model/sis.genmodel}, without Eclipse.
 *
 * <p>What it does, in order:
 * <ol>
 * <li>loads {@code sis.ecore} and {@code sis.genmodel} and validates both;</li>
 * <li>reloads the genmodel from the ecore (as "Reload..." does in the IDE), keeping every setting, and saves it back
 * if that changed it, so the genmodel always lists exactly the classes and features of the ecore;</li>
 * <li>deletes {@code src-gen/} of {@code org.sisuite.model} and {@code org.sisuite.model.edit}, so that classes of
 * removed EClasses do not linger;</li>
 * <li>runs the EMF generator for the model and edit project types.</li>
 * </ol>
 *
 * <p>Files written: {@code src-gen/**}, {@code plugin.xml} (EMF merges it: extensions it did not generate are kept),
 * {@code plugin.properties} (fully regenerated) and, for the edit bundle, missing icons under {@code icons/}.
 * {@code META-INF/MANIFEST.MF} and {@code build.properties} are hand-written and never touched (see
 * {@link SisGeneratorAdapterFactory}). Anything written elsewhere is reported as an error.
 *
 * <p>Usage: {@code GenerateModel <repository root>}. Exit code 0 on success, 1 on any error.
 */
public final class GenerateModel
{
  static final String MODEL_PROJECT = "org.sisuite.model";

  static final String EDIT_PROJECT = "org.sisuite.model.edit";

  private static final String GENMODEL_PATH = "/" + MODEL_PROJECT + "/model/sis.genmodel";

  private GenerateModel()
  {
  }

  public static void main(String[] args)
  {
    if (args.length != 1)
    {
      System.err.println("usage: GenerateModel <repository root>");
      System.exit(2);
    }
    try
    {
      int rc = run(Path.of(args[0]).toAbsolutePath().normalize());
      System.exit(rc);
    }
    catch (Exception e)
    {
      e.printStackTrace(System.err);
      System.exit(1);
    }
  }

  static int run(Path repoRoot) throws IOException
  {
    Path modelBundle = repoRoot.resolve("bundles").resolve(MODEL_PROJECT);
    Path editBundle = repoRoot.resolve("bundles").resolve(EDIT_PROJECT);
    if (!Files.isRegularFile(modelBundle.resolve("model/sis.genmodel")))
    {
      System.err.println("error: no " + modelBundle.resolve("model/sis.genmodel"));
      return 1;
    }

    ResourceSet resourceSet = createResourceSet(modelBundle, editBundle);

    // 1. Load and validate.
    Resource genModelResource = resourceSet.getResource(URI.createPlatformResourceURI(GENMODEL_PATH, true), true);
    GenModel oldGenModel = (GenModel)genModelResource.getContents().get(0);
    EcoreUtil.resolveAll(resourceSet);
    boolean loaded = true;
    for (Resource resource : resourceSet.getResources())
    {
      // XMI loading records unknown attributes and dangling references instead of failing.
      for (Resource.Diagnostic error : resource.getErrors())
      {
        System.err.println("error: " + resource.getURI() + ":" + error.getLine() + ": " + error.getMessage());
        loaded = false;
      }
      for (Resource.Diagnostic warning : resource.getWarnings())
      {
        System.err.println("error (warning treated as error): " + resource.getURI() + ":" + warning.getLine() + ": " + warning.getMessage());
        loaded = false;
      }
    }
    if (!loaded)
    {
      return 1;
    }
    List<EPackage> ePackages = new ArrayList<>();
    for (GenPackage genPackage : oldGenModel.getGenPackages())
    {
      EPackage ePackage = genPackage.getEcorePackage();
      if (ePackage == null || ePackage.eIsProxy())
      {
        System.err.println("error: the genmodel references an EPackage that cannot be loaded");
        return 1;
      }
      ePackages.add(ePackage);
    }
    boolean ok = true;
    for (EPackage ePackage : ePackages)
    {
      ok &= report("Ecore validation of " + ePackage.getNsURI(), Diagnostician.INSTANCE.validate(ePackage));
    }
    if (!ok)
    {
      return 1;
    }

    // 2. Reload the genmodel from the ecore, keeping the settings, and save it back if that changed it.
    GenModel genModel = reload(oldGenModel, ePackages);
    genModelResource.getContents().set(0, genModel);
    if (!report("GenModel validation", genModel.diagnose()))
    {
      return 1;
    }
    saveIfChanged(genModelResource, modelBundle.resolve("model/sis.genmodel"));

    // 3. Start from empty output folders.
    deleteTree(modelBundle.resolve("src-gen"));
    deleteTree(editBundle.resolve("src-gen"));

    // 4. Generate. The generator logs its failures to System.err instead of returning them, so watch System.err.
    genModel.setCanGenerate(true);
    GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI, SisGeneratorAdapterFactory.DESCRIPTOR);
    RecordingGenerator generator = new RecordingGenerator();
    generator.setInput(genModel);

    PrintStream originalErr = System.err;
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
    Diagnostic modelResult;
    Diagnostic editResult;
    try
    {
      modelResult = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, "model", new BasicMonitor());
      editResult = generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, "edit", new BasicMonitor());
    }
    finally
    {
      System.setErr(originalErr);
    }
    ok = report("Model code generation", modelResult) & report("Edit code generation", editResult);
    if (errors.size() > 0)
    {
      System.err.print(errors.toString(StandardCharsets.UTF_8));
      System.err.println("error: the EMF generator reported problems (above)");
      ok = false;
    }

    // 5. Nothing may be written outside the places we own.
    List<String> unexpected = new ArrayList<>();
    for (URI output : generator.getOutputs())
    {
      String path = output.toString();
      if (!isExpectedOutput(path))
      {
        unexpected.add(path);
      }
    }
    if (!unexpected.isEmpty())
    {
      System.err.println("error: the generator wrote outside src-gen/, plugin.xml, plugin.properties, icons/: " + unexpected);
      ok = false;
    }
    System.out.println("Generated " + generator.getOutputs().size() + " files for " + MODEL_PROJECT + " and " + EDIT_PROJECT + ".");
    return ok ? 0 : 1;
  }

  private static boolean isExpectedOutput(String workspacePath)
  {
    for (String project : List.of(MODEL_PROJECT, EDIT_PROJECT))
    {
      String prefix = "/" + project + "/";
      if (workspacePath.startsWith(prefix + "src-gen/")
        || workspacePath.equals(prefix + "plugin.xml")
        || workspacePath.equals(prefix + "plugin.properties")
        || (project.equals(EDIT_PROJECT) && workspacePath.startsWith(prefix + "icons/")))
      {
        return true;
      }
    }
    return false;
  }

  private static ResourceSet createResourceSet(Path modelBundle, Path editBundle)
  {
    // Workspace paths (/org.sisuite.model/...) used by the genmodel map onto the bundle folders.
    EcorePlugin.getPlatformResourceMap().put(MODEL_PROJECT, folderURI(modelBundle));
    EcorePlugin.getPlatformResourceMap().put(EDIT_PROJECT, folderURI(editBundle));

    // platform:/plugin/org.eclipse.emf.ecore/model/Ecore.genmodel (the genmodel of EString, EInt...) is inside the ecore jar.
    URIConverter.URI_MAP.put(URI.createURI("platform:/plugin/org.eclipse.emf.ecore/"), jarRoot(EcorePackage.class));
    URIConverter.URI_MAP.put(URI.createURI("platform:/plugin/org.eclipse.emf.codegen.ecore/"), jarRoot(GenModelPackage.class));

    ResourceSet resourceSet = new ResourceSetImpl();
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
    resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    return resourceSet;
  }

  private static URI folderURI(Path folder)
  {
    return URI.createFileURI(folder.toString()).appendSegment("");
  }

  private static URI jarRoot(Class<?> classInJar)
  {
    String location = classInJar.getProtectionDomain().getCodeSource().getLocation().toString();
    URI uri = URI.createURI(location);
    if (location.endsWith(".jar"))
    {
      return URI.createURI("archive:" + location + "!/");
    }
    return uri.hasTrailingPathSeparator() ? uri : uri.appendSegment("");
  }

  /**
   * Builds a fresh genmodel for the given packages and copies every setting of the old one into it: what the IDE's
   * "Reload..." does. New EClasses and features get default GenClasses and GenFeatures; removed ones disappear.
   */
  private static GenModel reload(GenModel oldGenModel, List<EPackage> ePackages)
  {
    GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
    genModel.initialize(ePackages);
    genModel.getUsedGenPackages().addAll(oldGenModel.getUsedGenPackages());
    genModel.setImporterID(oldGenModel.getImporterID());
    genModel.getForeignModel().addAll(oldGenModel.getForeignModel());
    genModel.reconcile(oldGenModel);
    genModel.reconcile();
    return genModel;
  }

  private static void saveIfChanged(Resource resource, Path file) throws IOException
  {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    resource.save(bytes, null);
    byte[] newContents = bytes.toByteArray();
    if (!java.util.Arrays.equals(newContents, Files.readAllBytes(file)))
    {
      Files.write(file, newContents);
      System.out.println("Updated " + file.getFileName() + " from the ecore (reload).");
    }
  }

  private static void deleteTree(Path folder) throws IOException
  {
    if (!Files.exists(folder))
    {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder))
    {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList())
      {
        Files.delete(path);
      }
    }
  }

  private static boolean report(String what, Diagnostic diagnostic)
  {
    if (diagnostic.getSeverity() == Diagnostic.OK)
    {
      return true;
    }
    PrintStream out = diagnostic.getSeverity() >= Diagnostic.ERROR ? System.err : System.out;
    out.println(what + ": " + severity(diagnostic) + " " + diagnostic.getMessage());
    print(out, diagnostic, "  ");
    return diagnostic.getSeverity() < Diagnostic.ERROR;
  }

  private static void print(PrintStream out, Diagnostic diagnostic, String indent)
  {
    for (Diagnostic child : diagnostic.getChildren())
    {
      out.println(indent + severity(child) + " " + child.getMessage());
      if (child.getException() != null)
      {
        child.getException().printStackTrace(out);
      }
      print(out, child, indent + "  ");
    }
  }

  private static String severity(Diagnostic diagnostic)
  {
    return switch (diagnostic.getSeverity())
    {
      case Diagnostic.ERROR -> "ERROR";
      case Diagnostic.CANCEL -> "CANCEL";
      case Diagnostic.WARNING -> "WARNING";
      case Diagnostic.INFO -> "INFO";
      default -> "OK";
    };
  }

  /**
   * A generator that remembers what it wrote.
   */
  static final class RecordingGenerator extends Generator
  {
    private final List<URI> outputs = new ArrayList<>();

    @Override
    public void generatedOutput(URI workspacePath)
    {
      super.generatedOutput(workspacePath);
      outputs.add(workspacePath);
    }

    List<URI> getOutputs()
    {
      return outputs;
    }
  }
}
