package org.wptdlm.web.seed;

/** What a seed run stored; entities that already existed are counted as kept. */
record SeedReport(int hubs, int circuits, int pads, int vehicles, int requests, int kept) {

    @Override
    public String toString() {
        return "Seeded " + hubs + " hubs, " + circuits + " circuits, " + pads + " pads, " + vehicles + " vehicles and "
                + requests + " charging requests" + (kept > 0 ? "; kept " + kept + " that already existed" : "") + ".";
    }
}
