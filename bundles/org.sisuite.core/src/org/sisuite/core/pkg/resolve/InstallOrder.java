package org.sisuite.core.pkg.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Orders packages so each comes after what it needs, as dpkg and rpm do: dependencies first;
 * where packages depend on each other in a cycle, the cycle is broken at a plain dependency
 * (Depends, Requires), never at a prerequisite (Pre-Depends, Requires(pre)), by installing first
 * the member with no prerequisite left and the fewest dependencies left. Ties go by name, so the
 * order is stable. A cycle of prerequisites alone cannot be honoured and is reported.
 */
final class InstallOrder {

	/**
	 * {@code before} must be installed before {@code after}.
	 *
	 * @param hard whether it is a prerequisite that may not be broken
	 * @param why  how to name the edge in a note ({@code bash Depends glibc})
	 */
	record Edge(int before, int after, boolean hard, String why) {
	}

	/**
	 * The order.
	 *
	 * @param order      node indexes, first to install first
	 * @param broken     the edges ignored to break cycles
	 * @param hardCycles the groups of nodes whose prerequisites form a cycle
	 */
	record Ordered(List<Integer> order, List<Edge> broken, List<List<Integer>> hardCycles) {
	}

	private final List<String> names;
	private final List<Edge> edges;
	private final List<List<Edge>> incoming = new ArrayList<>();
	private final List<List<Edge>> outgoing = new ArrayList<>();

	private InstallOrder(List<String> names, List<Edge> edges) {
		this.names = names;
		this.edges = edges;
		for (int i = 0; i < names.size(); i++) {
			incoming.add(new ArrayList<>());
			outgoing.add(new ArrayList<>());
		}
		for (Edge edge : edges) {
			if (edge.before != edge.after) {
				incoming.get(edge.after).add(edge);
				outgoing.get(edge.before).add(edge);
			}
		}
	}

	/** Orders nodes named {@code names} under {@code edges}. */
	static Ordered order(List<String> names, List<Edge> edges) {
		return new InstallOrder(names, edges).run();
	}

	private Ordered run() {
		int[] component = components();
		int count = Arrays.stream(component).max().orElse(-1) + 1;
		List<List<Integer>> members = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			members.add(new ArrayList<>());
		}
		for (int node = 0; node < component.length; node++) {
			members.get(component[node]).add(node);
		}
		int[] waiting = new int[count];
		for (Edge edge : edges) {
			if (component[edge.before] != component[edge.after]) {
				waiting[component[edge.after]]++;
			}
		}
		Comparator<Integer> byName = Comparator.comparing((Integer c) -> firstName(members.get(c)));
		PriorityQueue<Integer> ready = new PriorityQueue<>(byName);
		for (int c = 0; c < count; c++) {
			if (waiting[c] == 0) {
				ready.add(c);
			}
		}
		List<Integer> order = new ArrayList<>();
		List<Edge> broken = new ArrayList<>();
		List<List<Integer>> hardCycles = new ArrayList<>();
		while (!ready.isEmpty()) {
			int c = ready.poll();
			List<Integer> nodes = orderWithin(members.get(c), component, broken, hardCycles);
			order.addAll(nodes);
			for (int node : nodes) {
				for (Edge edge : outgoing.get(node)) {
					int target = component[edge.after];
					if (target != c && --waiting[target] == 0) {
						ready.add(target);
					}
				}
			}
		}
		return new Ordered(order, broken, hardCycles);
	}

	/** Orders one strongly connected component, breaking its cycles at plain dependencies. */
	private List<Integer> orderWithin(List<Integer> nodes, int[] component, List<Edge> broken, List<List<Integer>> hardCycles) {
		if (nodes.size() == 1) {
			return nodes;
		}
		int c = component[nodes.get(0)];
		List<Integer> remaining = new ArrayList<>(nodes);
		remaining.sort(Comparator.comparing(names::get));
		List<Integer> order = new ArrayList<>();
		List<Edge> ignored = new ArrayList<>();
		boolean reportedHard = false;
		while (!remaining.isEmpty()) {
			Integer next = null;
			for (int node : remaining) {
				if (pending(node, component, order, ignored, false) == 0) {
					next = node;
					break;
				}
			}
			if (next == null) {
				// a cycle: take the member with no prerequisite left and the fewest dependencies left
				int best = -1;
				for (int node : remaining) {
					if (pending(node, component, order, ignored, true) == 0
							&& (best < 0 || pending(node, component, order, ignored, false) < pending(best, component, order, ignored, false))) {
						best = node;
					}
				}
				if (best < 0) {
					best = remaining.get(0);
					if (!reportedHard) {
						hardCycles.add(List.copyOf(remaining));
						reportedHard = true;
					}
				}
				for (Edge edge : incoming.get(best)) {
					if (component[edge.before] == c && !order.contains(edge.before) && !ignored.contains(edge)) {
						ignored.add(edge);
						broken.add(edge);
					}
				}
				next = best;
			}
			order.add(next);
			remaining.remove(next);
		}
		return order;
	}

	/** How many edges into {@code node} from the component are still waiting (only hard ones if {@code hardOnly}). */
	private int pending(int node, int[] component, List<Integer> done, List<Edge> ignored, boolean hardOnly) {
		int count = 0;
		for (Edge edge : incoming.get(node)) {
			if (component[edge.before] == component[node] && (!hardOnly || edge.hard) && !done.contains(edge.before)
					&& !ignored.contains(edge)) {
				count++;
			}
		}
		return count;
	}

	private String firstName(List<Integer> nodes) {
		return nodes.stream().map(names::get).min(Comparator.naturalOrder()).orElse("");
	}

	/** Tarjan's strongly connected components, iteratively (deep dependency chains overflow a recursion). */
	private int[] components() {
		int n = names.size();
		int[] index = new int[n];
		int[] low = new int[n];
		int[] component = new int[n];
		boolean[] onStack = new boolean[n];
		Arrays.fill(index, -1);
		Deque<Integer> stack = new ArrayDeque<>();
		int counter = 0;
		int components = 0;
		for (int root = 0; root < n; root++) {
			if (index[root] >= 0) {
				continue;
			}
			Deque<int[]> work = new ArrayDeque<>(); // {node, next outgoing edge}
			work.push(new int[] { root, 0 });
			index[root] = low[root] = counter++;
			stack.push(root);
			onStack[root] = true;
			while (!work.isEmpty()) {
				int[] frame = work.peek();
				int node = frame[0];
				if (frame[1] < outgoing.get(node).size()) {
					int next = outgoing.get(node).get(frame[1]++).after;
					if (index[next] < 0) {
						index[next] = low[next] = counter++;
						stack.push(next);
						onStack[next] = true;
						work.push(new int[] { next, 0 });
					} else if (onStack[next]) {
						low[node] = Math.min(low[node], index[next]);
					}
					continue;
				}
				work.pop();
				if (!work.isEmpty()) {
					int parent = work.peek()[0];
					low[parent] = Math.min(low[parent], low[node]);
				}
				if (low[node] == index[node]) {
					int member;
					do {
						member = stack.pop();
						onStack[member] = false;
						component[member] = components;
					} while (member != node);
					components++;
				}
			}
		}
		return component;
	}
}
