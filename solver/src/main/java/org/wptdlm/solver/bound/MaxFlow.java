package org.wptdlm.solver.bound;

import java.util.ArrayDeque;
import java.util.Arrays;

/** Dinic's maximum flow on real capacities. Build with {@link #addEdge}, then {@link #maxFlow}. */
public final class MaxFlow {

    private static final double EPSILON = 1e-9;

    private final int nodes;
    private int[] head;
    private int[] next;
    private int[] to;
    private double[] capacity;
    private int edges;
    private int[] level;
    private int[] cursor;

    public MaxFlow(int nodes) {
        this(nodes, 8);
    }

    /** With room for {@code expectedEdges} edges up front, so a big network is not copied while it grows. */
    public MaxFlow(int nodes, int expectedEdges) {
        this.nodes = nodes;
        next = new int[2 * Math.max(8, expectedEdges)];
        to = new int[next.length];
        capacity = new double[next.length];
        head = new int[nodes];
        Arrays.fill(head, -1);
        level = new int[nodes];
        cursor = new int[nodes];
    }

    /** Adds an edge and returns its index, for {@link #flowOn} and {@link #setCapacity}. */
    public int addEdge(int from, int target, double edgeCapacity) {
        ensureRoom();
        int index = edges;
        link(from, target, edgeCapacity);
        link(target, from, 0);
        return index;
    }

    /**
     * Adds an edge that already carries {@code flow} (at most its capacity) and returns its index. The
     * caller keeps flow conserved at every node, so a later {@link #maxFlow} augments a feasible flow.
     */
    public int addEdge(int from, int target, double edgeCapacity, double flow) {
        ensureRoom();
        int index = edges;
        link(from, target, Math.max(0.0, edgeCapacity - flow));
        link(target, from, flow);
        return index;
    }

    /** Gives the edge a new capacity, at least its flow, keeping the flow: the next {@link #maxFlow} augments. */
    public void setCapacity(int edge, double newCapacity) {
        capacity[edge] = Math.max(0.0, newCapacity - capacity[edge ^ 1]);
    }

    public double flowOn(int edge) {
        return capacity[edge ^ 1];
    }

    /** Forgets all flow and gives the listed edges a new capacity (the others keep theirs). */
    public void reset(int[] changedEdges, double newCapacity) {
        for (int e = 0; e < edges; e += 2) {
            capacity[e] += capacity[e + 1];
            capacity[e + 1] = 0;
        }
        for (int edge : changedEdges) {
            capacity[edge] = newCapacity;
        }
    }

    public double maxFlow(int source, int sink) {
        double total = 0;
        while (buildLevels(source, sink)) {
            System.arraycopy(head, 0, cursor, 0, nodes);
            double pushed;
            while ((pushed = push(source, sink, Double.MAX_VALUE)) > EPSILON) {
                total += pushed;
            }
        }
        return total;
    }

    private boolean buildLevels(int source, int sink) {
        Arrays.fill(level, -1);
        level[source] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(source);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int e = head[node]; e >= 0; e = next[e]) {
                if (capacity[e] > EPSILON && level[to[e]] < 0) {
                    level[to[e]] = level[node] + 1;
                    queue.add(to[e]);
                }
            }
        }
        return level[sink] >= 0;
    }

    private double push(int node, int sink, double limit) {
        if (node == sink) {
            return limit;
        }
        for (; cursor[node] >= 0; cursor[node] = next[cursor[node]]) {
            int e = cursor[node];
            if (capacity[e] > EPSILON && level[to[e]] == level[node] + 1) {
                double pushed = push(to[e], sink, Math.min(limit, capacity[e]));
                if (pushed > EPSILON) {
                    capacity[e] -= pushed;
                    capacity[e ^ 1] += pushed;
                    return pushed;
                }
            }
        }
        return 0;
    }

    private void link(int from, int target, double edgeCapacity) {
        to[edges] = target;
        capacity[edges] = edgeCapacity;
        next[edges] = head[from];
        head[from] = edges++;
    }

    private void ensureRoom() {
        if (edges + 2 > to.length) {
            int size = to.length * 2;
            next = Arrays.copyOf(next, size);
            to = Arrays.copyOf(to, size);
            capacity = Arrays.copyOf(capacity, size);
        }
    }
}
