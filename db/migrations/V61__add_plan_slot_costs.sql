-- Cost and carbon of each plan slot's grid energy (issue 15), so that a day's cost and CO2 can be
-- added up from the slots each plan was in force (GET /api/plans/kpis/daily) instead of summing
-- whole-horizon plan figures that overlap. Currency of the hub's price schedule; kg CO2. Null for
-- plans stored before, and for plans without prices or carbon.

alter table plans add column cost_by_slot double precision[];
alter table plans add column carbon_kg_by_slot double precision[];
