package org.wptdlm.solver.bound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MaxFlowTest {

    @Test
    void findsTheBottleneckOfTwoPaths() {
        MaxFlow flow = new MaxFlow(4);
        flow.addEdge(0, 1, 3.5);
        flow.addEdge(0, 2, 2.0);
        flow.addEdge(1, 2, 1.0);
        int last = flow.addEdge(1, 3, 2.0);
        int other = flow.addEdge(2, 3, 4.0);

        assertThat(flow.maxFlow(0, 3)).isCloseTo(5.0, within(1e-9));
        assertThat(flow.flowOn(last) + flow.flowOn(other)).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void resetChangesCapacitiesAndForgetsFlow() {
        MaxFlow flow = new MaxFlow(3);
        flow.addEdge(0, 1, 10.0);
        int limit = flow.addEdge(1, 2, 4.0);
        flow.maxFlow(0, 2);

        flow.reset(new int[] {limit}, 7.0);

        assertThat(flow.maxFlow(0, 2)).isCloseTo(7.0, within(1e-9));
    }
}
