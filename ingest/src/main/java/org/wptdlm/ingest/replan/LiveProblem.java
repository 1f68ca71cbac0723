package org.wptdlm.ingest.replan;

import java.util.List;
import org.wptdlm.domain.planning.PlanningProblem;
import org.wptdlm.domain.signal.GridLimitStep;

/** A live hub's planning problem with the record of which source bound its grid limit, and from when. */
record LiveProblem(PlanningProblem problem, List<GridLimitStep> gridLimitSteps) {}
