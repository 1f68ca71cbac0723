-- The planning problem each stored plan answers, as the problem file contract's JSON (issue 10), so
-- that at start-up every hub's last published plan is served again at once, with its problem, instead
-- of "no plan" until the next re-plan. Null for plans stored before, and for plans stored without one.

alter table plans add column problem jsonb;
