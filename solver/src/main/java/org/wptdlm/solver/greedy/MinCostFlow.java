package org.wptdlm.solver.greedy;

import java.util.Arrays;

/**
 * Minimum-cost flow by successive shortest paths on a graph whose edges all point forward (from a
 * lower to a higher node), so negative costs need no Bellman-Ford: one pass in node order gives the
 * first potentials, Dijkstra on reduced costs the rest. Dijkstra is the dense O(V²) kind: the graphs
 * here have one node per slot (about a hundred) and one edge per session. Stops as soon as the
 * cheapest path costs nothing, so it returns the cheapest flow of any amount up to the limit.
 */
public final class MinCostFlow {

    private static final double EPSILON = 1e-9;

    private final int nodes;
    private int[] head;
    private int[] next = new int[16];
    private int[] to = new int[16];
    private int[] capacity = new int[16];
    private double[] cost = new double[16];
    private int edges;

    public MinCostFlow(int nodes) {
        this.nodes = nodes;
        head = new int[nodes];
        Arrays.fill(head, -1);
    }

    /** Adds an edge {@code from < target} and returns its index, for {@link #flowOn}. */
    public int addEdge(int from, int target, int edgeCapacity, double edgeCost) {
        if (from >= target) {
            throw new IllegalArgumentException("edges must point forward: " + from + " -> " + target);
        }
        int index = edges;
        link(from, target, edgeCapacity, edgeCost);
        link(target, from, 0, -edgeCost);
        return index;
    }

    public int flowOn(int edge) {
        return capacity[edge ^ 1];
    }

    /** Sends at most {@code limit} units from {@code source} to {@code sink} while that lowers the cost. */
    public void minimise(int source, int sink, int limit) {
        double[] potential = forwardPotentials(source);
        double[] distance = new double[nodes];
        int[] via = new int[nodes];
        boolean[] done = new boolean[nodes];
        int sent = 0;
        while (sent < limit) {
            shortestPaths(source, potential, distance, via, done);
            if (!done[sink] || distance[sink] + potential[sink] - potential[source] >= -EPSILON) {
                return;
            }
            for (int v = 0; v < nodes; v++) {
                if (done[v]) {
                    potential[v] += distance[v];
                }
            }
            int push = limit - sent;
            for (int v = sink; v != source; v = to[via[v] ^ 1]) {
                push = Math.min(push, capacity[via[v]]);
            }
            for (int v = sink; v != source; v = to[via[v] ^ 1]) {
                capacity[via[v]] -= push;
                capacity[via[v] ^ 1] += push;
            }
            sent += push;
        }
    }

    /** Shortest distances from the source over the original edges, in node order (all edges point forward). */
    private double[] forwardPotentials(int source) {
        double[] potential = new double[nodes];
        Arrays.fill(potential, Double.POSITIVE_INFINITY);
        potential[source] = 0.0;
        for (int v = source; v < nodes; v++) {
            if (potential[v] == Double.POSITIVE_INFINITY) {
                continue;
            }
            for (int e = head[v]; e >= 0; e = next[e]) {
                if (capacity[e] > 0 && to[e] > v) {
                    potential[to[e]] = Math.min(potential[to[e]], potential[v] + cost[e]);
                }
            }
        }
        for (int v = 0; v < nodes; v++) {
            if (potential[v] == Double.POSITIVE_INFINITY) {
                potential[v] = 0.0;
            }
        }
        return potential;
    }

    private void shortestPaths(int source, double[] potential, double[] distance, int[] via, boolean[] done) {
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        Arrays.fill(done, false);
        distance[source] = 0.0;
        while (true) {
            int u = -1;
            for (int v = 0; v < nodes; v++) {
                if (!done[v] && distance[v] < Double.POSITIVE_INFINITY && (u < 0 || distance[v] < distance[u])) {
                    u = v;
                }
            }
            if (u < 0) {
                return;
            }
            done[u] = true;
            for (int e = head[u]; e >= 0; e = next[e]) {
                int v = to[e];
                double reduced = Math.max(0.0, cost[e] + potential[u] - potential[v]);
                if (capacity[e] > 0 && !done[v] && distance[u] + reduced < distance[v]) {
                    distance[v] = distance[u] + reduced;
                    via[v] = e;
                }
            }
        }
    }

    private void link(int from, int target, int edgeCapacity, double edgeCost) {
        if (edges == to.length) {
            int size = edges * 2;
            next = Arrays.copyOf(next, size);
            to = Arrays.copyOf(to, size);
            capacity = Arrays.copyOf(capacity, size);
            cost = Arrays.copyOf(cost, size);
        }
        to[edges] = target;
        capacity[edges] = edgeCapacity;
        cost[edges] = edgeCost;
        next[edges] = head[from];
        head[from] = edges++;
    }
}
