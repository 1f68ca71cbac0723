package org.wptdlm.web.whatif;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.solver.whatif.AddedVehicle;
import org.wptdlm.solver.whatif.ScenarioChanges;
import org.wptdlm.solver.whatif.ScheduleEntry;

/**
 * The What-if form as an operator fills it in: one grid-limit window, pads out of service, a group of
 * identical vehicles arriving, vehicles that do not come, another horizon. Empty fields change nothing.
 * Times are wall-clock times in the service's zone.
 */
class WhatIfForm {

    /** Added vehicles are named by their priority, numbered: what-if-fleet-1, what-if-fleet-2, … (what-if-normal-1, … for NORMAL) */
    static final String ADDED_VEHICLE_PREFIX = "what-if-";
    /** The most identical vehicles one form adds; the what-if service bounds the problem size as well. */
    static final int MAX_ADDED = 200;
    /** What an HTML datetime-local input sends and shows. */
    static final String DATE_TIME_LOCAL = "yyyy-MM-dd'T'HH:mm";

    private String hubId;
    private String name;
    private Double limitKw;
    @DateTimeFormat(pattern = DATE_TIME_LOCAL)
    private LocalDateTime limitFrom;
    @DateTimeFormat(pattern = DATE_TIME_LOCAL)
    private LocalDateTime limitTo;
    private List<String> padsOutOfService = new ArrayList<>();
    private Integer addedCount;
    @DateTimeFormat(pattern = DATE_TIME_LOCAL)
    private LocalDateTime addedArrival;
    @DateTimeFormat(pattern = DATE_TIME_LOCAL)
    private LocalDateTime addedDeparture;
    private Double addedEnergyKwh;
    private Double addedMaxKw = 11.0;
    private PriorityClass addedPriority = PriorityClass.FLEET;
    private String removedVehicleIds;
    private Integer horizonHours;
    private Integer budgetSeconds = 2;

    /** A form filled with a typical question: the limit halved for two hours from the next full hour. */
    static WhatIfForm suggestedFor(String hubId, double gridLimitKw, LocalDateTime now) {
        WhatIfForm form = new WhatIfForm();
        LocalDateTime nextHour = now.truncatedTo(ChronoUnit.HOURS).plusHours(1);
        form.setHubId(hubId);
        form.setName("Grid limit halved " + nextHour.toLocalTime() + "–" + nextHour.plusHours(2).toLocalTime());
        form.setLimitKw(Math.floor(gridLimitKw / 2));
        form.setLimitFrom(nextHour);
        form.setLimitTo(nextHour.plusHours(2));
        form.setAddedArrival(nextHour);
        form.setAddedDeparture(nextHour.plusHours(3));
        form.setAddedEnergyKwh(20.0);
        return form;
    }

    /** The scenario's changes; {@code slotMinutes} turns the horizon in hours into slots. */
    ScenarioChanges toChanges(ZoneId zone, int slotMinutes) {
        List<ScheduleEntry> limits = limitKw == null || limitFrom == null || limitTo == null
                ? List.of()
                : List.of(new ScheduleEntry(limitFrom.atZone(zone).toInstant(), limitTo.atZone(zone).toInstant(), limitKw));
        Integer horizonSlots = horizonHours == null ? null
                : (int) (Duration.ofHours(horizonHours).toMinutes() / slotMinutes);
        return new ScenarioChanges(limits, padsOutOfService, addedVehicles(zone), removedVehicleIdList(), List.of(),
                horizonSlots);
    }

    private List<AddedVehicle> addedVehicles(ZoneId zone) {
        if (addedCount == null || addedCount <= 0 || addedArrival == null || addedDeparture == null || addedEnergyKwh == null) {
            return List.of();
        }
        List<AddedVehicle> added = new ArrayList<>();
        String group = ADDED_VEHICLE_PREFIX + addedPriority.name().toLowerCase(Locale.ROOT) + "-";
        for (int i = 1; i <= Math.min(addedCount, MAX_ADDED); i++) {
            added.add(new AddedVehicle(group + i, addedArrival.atZone(zone).toInstant(),
                    addedDeparture.atZone(zone).toInstant(), addedEnergyKwh, null, addedMaxKw, addedPriority.priority(),
                    null, null));
        }
        return added;
    }

    private List<String> removedVehicleIdList() {
        if (removedVehicleIds == null || removedVehicleIds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(removedVehicleIds.split("[,\\s]+")).filter(id -> !id.isBlank()).toList();
    }

    /** The solver's time budget in milliseconds; 0 = the greedy plan only. */
    long budgetMillis() {
        return budgetSeconds == null ? 0 : Duration.ofSeconds(Math.max(0, budgetSeconds)).toMillis();
    }

    public String getHubId() {
        return hubId;
    }

    public void setHubId(String hubId) {
        this.hubId = hubId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Double getLimitKw() {
        return limitKw;
    }

    public void setLimitKw(Double limitKw) {
        this.limitKw = limitKw;
    }

    public LocalDateTime getLimitFrom() {
        return limitFrom;
    }

    public void setLimitFrom(LocalDateTime limitFrom) {
        this.limitFrom = limitFrom;
    }

    public LocalDateTime getLimitTo() {
        return limitTo;
    }

    public void setLimitTo(LocalDateTime limitTo) {
        this.limitTo = limitTo;
    }

    public List<String> getPadsOutOfService() {
        return padsOutOfService;
    }

    public void setPadsOutOfService(List<String> padsOutOfService) {
        this.padsOutOfService = padsOutOfService == null ? new ArrayList<>() : padsOutOfService;
    }

    public Integer getAddedCount() {
        return addedCount;
    }

    public void setAddedCount(Integer addedCount) {
        this.addedCount = addedCount;
    }

    public LocalDateTime getAddedArrival() {
        return addedArrival;
    }

    public void setAddedArrival(LocalDateTime addedArrival) {
        this.addedArrival = addedArrival;
    }

    public LocalDateTime getAddedDeparture() {
        return addedDeparture;
    }

    public void setAddedDeparture(LocalDateTime addedDeparture) {
        this.addedDeparture = addedDeparture;
    }

    public Double getAddedEnergyKwh() {
        return addedEnergyKwh;
    }

    public void setAddedEnergyKwh(Double addedEnergyKwh) {
        this.addedEnergyKwh = addedEnergyKwh;
    }

    public Double getAddedMaxKw() {
        return addedMaxKw;
    }

    public void setAddedMaxKw(Double addedMaxKw) {
        this.addedMaxKw = addedMaxKw;
    }

    public PriorityClass getAddedPriority() {
        return addedPriority;
    }

    public void setAddedPriority(PriorityClass addedPriority) {
        this.addedPriority = addedPriority == null ? PriorityClass.FLEET : addedPriority;
    }

    public String getRemovedVehicleIds() {
        return removedVehicleIds;
    }

    public void setRemovedVehicleIds(String removedVehicleIds) {
        this.removedVehicleIds = removedVehicleIds;
    }

    public Integer getHorizonHours() {
        return horizonHours;
    }

    public void setHorizonHours(Integer horizonHours) {
        this.horizonHours = horizonHours;
    }

    public Integer getBudgetSeconds() {
        return budgetSeconds;
    }

    public void setBudgetSeconds(Integer budgetSeconds) {
        this.budgetSeconds = budgetSeconds;
    }
}
