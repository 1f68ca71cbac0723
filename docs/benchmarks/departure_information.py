#!/usr/bin/env python3
"""How much can an online planner gain from drivers' departure estimates? (issue 9, docs/BENCHMARKS.md,
"Departure estimates: what an online planner can reach").

A mirror of the Java replay (`Replayer`, `PriorityStrategy`, `DepartureModel`) small enough to try
policies in seconds; `check` shows it reproduces the Java LLF figures to the hundredth. Each subcommand
prints one table of docs/BENCHMARKS.md. Policies see only what `OnlineStrategy` sees: present vehicles'
arrival, stated departure, remaining energy and maximum power, and the true departure of vehicles that
left. Exceptions, named as such: `ladder` (truth plus noise) and `bayes`/`concordance` (distributions
fitted on the whole month) are references, not online policies.

    python3 docs/benchmarks/departure_information.py check
    python3 docs/benchmarks/departure_information.py ladder|concordance|family|selftune|imitate|bayes|tranche|slack|profile|draws
    python3 docs/benchmarks/departure_information.py scale 0.5 /tmp/scaled-0.50.json   # then `replay` in Java
    python3 docs/benchmarks/departure_information.py permute 1 /tmp/permuted-1.json    # then `replay` in Java
"""
import bisect
import datetime as dt
import json
import sys
from collections import Counter

import numpy as np

DATA = 'benchmark-data/acn-caltech-2019-03-user-estimates.json'
PERFECT = 'benchmark-data/acn-caltech-2019-03.json'
CAPACITIES = [10.0, 20.0, 30.0]
SLOTS_PER_HOUR = 12
SLOTS_PER_DAY = 288


def parse(text):
    return dt.datetime.fromisoformat(text.replace('Z', '+00:00'))


def load(path):
    """Sessions in slots as `ReplayInstance` builds them (floor, departure and estimate at least arrival + 1)."""
    replay = json.load(open(path))
    start = parse(replay['start'])
    seconds = replay['slotMinutes'] * 60

    def slot(text):
        return max(0, int((parse(text) - start).total_seconds() // seconds))

    visits = []
    for s in replay['sessions']:
        a = slot(s['arrival'])
        visits.append(dict(id=s['id'], a=a, d=max(a + 1, slot(s['departure'])),
                           e=max(a + 1, slot(s.get('estimatedDeparture') or s['departure'])),
                           E=s['energyRequestedKwh'], mx=s['maxKw']))
    visits.sort(key=lambda v: (v['a'], v['id']))
    return visits, replay['slotMinutes'] / 60.0


class Vehicle:
    __slots__ = ('a', 'e', 'mx', 'rem', 'kw', 'last', 'd', 'E', 'idx')


def run(visits, h, cap, policy, per_day=False):
    """`Replayer.run`: energy % and setpoint changes per session-hour (or kWh per day with per_day)."""
    slots = max(max(v['d'], v['e']) for v in visits)
    present, nxt, delivered, changes, present_slots = [], 0, 0.0, 0, 0
    day = np.zeros(slots // SLOTS_PER_DAY + 2)
    for t in range(slots):
        staying = []
        for x in present:
            if x.d <= t:
                policy.departed(x, x.d)
            else:
                staying.append(x)
        present = staying
        while nxt < len(visits) and visits[nxt]['a'] <= t:
            v = visits[nxt]
            if v['d'] > t:
                x = Vehicle()
                x.a, x.e, x.mx, x.rem, x.kw, x.last, x.d, x.E, x.idx = v['a'], v['e'], v['mx'], v['E'], 0, 0, v['d'], v['E'], nxt
                present.append(x)
            nxt += 1
        for x in present:
            x.kw = 0
        charging = [x for x in present if x.rem > 1e-9]
        if charging:
            policy(t, charging, cap, h)
        for x in present:
            kw = max(0, min(x.kw, x.mx, x.rem / h))
            x.rem -= kw * h
            delivered += kw * h
            day[t // SLOTS_PER_DAY] += kw * h
            if x.a < t and abs(kw - x.last) > 0.1:
                changes += 1
            x.last = kw
        present_slots += len(present)
    for x in present:
        policy.departed(x, x.d)
    if per_day:
        return day
    return 100 * delivered / sum(v['E'] for v in visits), changes / (present_slots * h)


def fill(ordered, cap, h):
    """Vehicles in order take what they can until the capacity is used (`PriorityStrategy`)."""
    left = cap
    for x in ordered:
        x.kw = min(max(0, min(x.mx, x.rem / h)), left)
        left -= x.kw


PRIOR_ERROR_SECONDS = [hours * 3600 for hours in (-11.1, -7.2, -4.0, 0.2, 4.8) for _ in range(4)]


class DepartureModel:
    """`DepartureModel`: stated departure + quantile q of the observed errors still possible."""

    def __init__(self, q):
        self.q, self.observed, self.sorted = q, [], sorted(PRIOR_ERROR_SECONDS)

    def observe(self, x, slot):
        self.observed = (self.observed + [(slot - x.e) * 300.0])[-500:]
        self.sorted = sorted(PRIOR_ERROR_SECONDS + self.observed)

    def estimate(self, x, t):
        now = max(x.a, t)
        first = bisect.bisect_right(self.sorted, (now - x.e) * 300.0)
        possible = len(self.sorted) - first
        if possible == 0:
            return now + 1
        error = self.sorted[first + int(np.floor(self.q * (possible - 1)))]
        return max(now + 1, x.e + int(np.floor(error / 300.0)))


class Ranked:
    """Fill by a key(x, t, h); learns nothing unless a model is given."""

    def __init__(self, key, model=None):
        self.key, self.model = key, model

    def departed(self, x, slot):
        if self.model:
            self.model.observe(x, slot)

    def __call__(self, t, charging, cap, h):
        fill(sorted(charging, key=lambda x: self.key(x, t, h)), cap, h)


def laxity(departure):
    return lambda x, t, h: (departure(x, t) - t) - x.rem / (x.mx * h)


def hedged(q, w=0.0):
    """LLF on the q-conditioned departure, plus w x hours of full power still needed (w > 0: nearly done first)."""
    model = DepartureModel(q)
    return Ranked(lambda x, t, h: model.estimate(x, t) - t - x.rem / (x.mx * h) * (1 - w), model)


def row(values):
    return ' '.join('%6.2f' % v for v in values)


def check():
    for path in (DATA, PERFECT):
        visits, h = load(path)
        print(path)
        print('  llf (stated)      ', row(run(visits, h, c, Ranked(laxity(lambda x, t: x.e)))[0] for c in CAPACITIES))
        print('  llf (true)        ', row(run(visits, h, c, Ranked(laxity(lambda x, t: x.d)))[0] for c in CAPACITIES))
        print('  llf q 0.25 cond.  ', row(run(visits, h, c, hedged(0.25))[0] for c in CAPACITIES))


def ladder():
    """LLF on the true departure plus Gaussian noise (sigma hours), never before now+1: how exact is enough."""
    visits, h = load(DATA)
    for sigma in (0, 0.5, 1, 1.5, 2, 3, 4):
        energies = []
        for cap in CAPACITIES:
            runs = []
            for seed in range(3):
                noise = np.random.default_rng(seed).normal(0, sigma * SLOTS_PER_HOUR, len(visits))
                runs.append(run(visits, h, cap, Ranked(laxity(lambda x, t: max(x.d + noise[x.idx], t + 1))))[0])
            energies.append(np.mean(runs))
        print('sigma %.1f h' % sigma, row(energies))


def overlapping_pairs(visits):
    a = np.array([v['a'] for v in visits])
    d = np.array([v['d'] for v in visits])
    i, j = np.triu_indices(len(visits), 1)
    keep = (np.maximum(a[i], a[j]) < np.minimum(d[i], d[j])) & (d[i] != d[j])
    return i[keep], j[keep], d


def concordance():
    """Share of co-present pairs whose departure order an estimate gets right (ties count half)."""
    visits, _ = load(DATA)
    i, j, d = overlapping_pairs(visits)
    s = np.array([v['e'] for v in visits], dtype=float)

    def share(estimate):
        sign = np.sign(estimate[i] - estimate[j]) * np.sign(d[i] - d[j])
        return (sign > 0).mean() + 0.5 * (sign == 0).mean()

    rng = np.random.default_rng(0)
    print('co-present pairs', len(i))
    print('stated departure %.3f' % share(s))
    for k in (0.25, 0.3, 0.4, 0.5, 0.6, 0.75):
        print('errors x %.2f    %.3f' % (k, share(d - k * (d - s))))
    for sigma in (1, 2, 3, 4):
        print('truth + N(0, %d h) %.3f' % (sigma, np.mean([share(d + rng.normal(0, sigma * 12, len(d))) for _ in range(3)])))
    posterior = whole_month_posterior(visits)
    for q in (0.25, 0.5):
        quantiles = [posterior_quantile(posterior, x, q, 0) for x in range(len(visits))]
        estimate = np.array([s[x] if slot is None else slot for x, slot in enumerate(quantiles)], dtype=float)
        print('whole-month posterior q %.2f %.3f' % (q, share(estimate)))


def family_members():
    return [(q, w) for q in (0, 0.1, 0.25, 0.4, 0.6) for w in (-0.5, 0, 0.5, 1.0)]


def family():
    """Every member over the month, the best fixed one, and the per-day hindsight ceiling of switching."""
    visits, h = load(DATA)
    total = sum(v['E'] for v in visits)
    for cap in CAPACITIES:
        days = {f: run(visits, h, cap, hedged(*f), per_day=True) for f in family_members()}
        best = max(days, key=lambda f: days[f].sum())
        ceiling = np.max(np.array(list(days.values())), axis=0).sum()
        print('%4.0f kW  best fixed (q, w) = %s %.2f   per-day hindsight ceiling %.2f' % (
            cap, best, 100 * days[best].sum() / total, 100 * ceiling / total))
        print('         ' + ', '.join('%s %.2f' % (f, 100 * days[f].sum() / total) for f in family_members()))


class SelfTuning:
    """At each day boundary, replay the last `window` days' departed sessions under every member and use the best today."""
    MEMBERS = [(q, w) for q in (0.1, 0.25, 0.4) for w in (0, 0.5, 1.0)] + [(0.6, 0)]

    def __init__(self, visits, h, cap, window):
        self.visits, self.h, self.cap, self.window = visits, h, cap, window
        self.models = {q: DepartureModel(q) for q, _ in self.MEMBERS}
        self.left = {}
        self.day, self.choice, self.choices = -1, (0.25, 0), Counter()

    def departed(self, x, slot):
        for model in self.models.values():
            model.observe(x, slot)
        self.left[x.idx] = slot

    def choose(self, t):
        since = t - self.window * SLOTS_PER_DAY
        past = [v for i, v in enumerate(self.visits) if since <= v['a'] < t and i in self.left]
        if len(past) < 20:
            return
        requested = sum(v['E'] for v in past)
        scores = {}
        for member in self.MEMBERS:
            policy = hedged(*member)
            for i, slot in self.left.items():
                if slot < since:
                    policy.model.observe(type('Left', (), {'e': self.visits[i]['e']})(), slot)
            scores[member] = run(past, self.h, self.cap, policy)[0] * requested
        self.choice = max(self.MEMBERS, key=lambda m: scores[m])
        self.choices[self.choice] += 1

    def __call__(self, t, charging, cap, h):
        if t // SLOTS_PER_DAY != self.day:
            self.day = t // SLOTS_PER_DAY
            self.choose(t)
        q, w = self.choice
        model = self.models[q]
        fill(sorted(charging, key=lambda x: model.estimate(x, t) - t - x.rem / (x.mx * h) * (1 - w)), cap, h)


def selftune():
    visits, h = load(DATA)
    for window in (7, 31):
        for cap in CAPACITIES:
            policy = SelfTuning(visits, h, cap, window)
            energy, changes = run(visits, h, cap, policy)
            print('window %2d days %4.0f kW %.2f %% / %.2f changes/session-h  chosen %s' % (
                window, cap, energy, changes, policy.choices.most_common(3)))


def features(x, t, h, models):
    need = x.rem / (x.mx * h) / SLOTS_PER_HOUR
    hour = (t % SLOTS_PER_DAY) / SLOTS_PER_HOUR
    stated_left = (x.e - t) / SLOTS_PER_HOUR
    return [(m.estimate(x, t) - t) / SLOTS_PER_HOUR - need for m in models] + [
        need, stated_left, min(stated_left, 0), (t - x.a) / SLOTS_PER_HOUR, np.log1p((t - x.a) / SLOTS_PER_HOUR),
        hour, (x.a % SLOTS_PER_DAY) / SLOTS_PER_HOUR, x.E / 10, np.sin(hour / 24 * 2 * np.pi), np.cos(hour / 24 * 2 * np.pi)]


class Teacher:
    """LLF on the true departures; records every slot's features (online-known) and whom it served."""

    def __init__(self):
        self.models = [DepartureModel(q) for q in (0.25, 0.1, 0.5)]
        self.records = []

    def departed(self, x, slot):
        for model in self.models:
            model.observe(x, slot)

    def __call__(self, t, charging, cap, h):
        fill(sorted(charging, key=lambda x: (x.d - t) - x.rem / (x.mx * h)), cap, h)
        if len(charging) > 1:
            served = np.array([x.kw > 1e-6 for x in charging])
            if served.any() and (~served).any():
                self.records.append((max(x.d for x in charging),
                                     np.array([features(x, t, h, self.models) for x in charging]), served))


def pairwise_logistic(records, known_until, l2=1e-2):
    """Ranking weights from (served, not served) pairs of slots whose vehicles had all left by `known_until`."""
    pairs = [(f[y][:, None, :] - f[~y][None, :, :]).reshape(-1, f.shape[1])
             for last_departure, f, y in records if last_departure <= known_until]
    if not pairs:
        return None
    diff = np.concatenate(pairs)
    scale = np.abs(diff).mean(0) + 1e-9
    diff = diff / scale
    w = np.zeros(diff.shape[1])
    for _ in range(300):
        p = 1 / (1 + np.exp(-np.clip(diff @ w, -30, 30)))
        w -= -(diff * (1 - p)[:, None]).mean(0) + l2 * w
    return w / scale


class Student:
    """Ranks present vehicles by weights learned each midnight from the teacher's past, fully known slots."""

    def __init__(self, records):
        self.models = [DepartureModel(q) for q in (0.25, 0.1, 0.5)]
        self.records, self.day, self.w = records, -1, None

    def departed(self, x, slot):
        for model in self.models:
            model.observe(x, slot)

    def __call__(self, t, charging, cap, h):
        if t // SLOTS_PER_DAY != self.day:
            self.day = t // SLOTS_PER_DAY
            self.w = pairwise_logistic(self.records, t)
        if self.w is None:
            fill(sorted(charging, key=lambda x: self.models[0].estimate(x, t) - t - x.rem / (x.mx * h)), cap, h)
        else:
            score = [np.dot(self.w, features(x, t, h, self.models)) for x in charging]
            fill([charging[i] for i in np.argsort(-np.array(score))], cap, h)


def imitate():
    visits, h = load(DATA)
    for cap in CAPACITIES:
        teacher = Teacher()
        taught = run(visits, h, cap, teacher)[0]
        student = Student(teacher.records)
        energy, changes = run(visits, h, cap, student)
        print('%4.0f kW teacher (true departures) %.2f  student %.2f %% / %.2f changes/session-h' % (cap, taught, energy, changes))
        print('         last weights (per unit of feature, positive = served first):', np.round(student.w, 3))


def whole_month_posterior(visits, with_energy=True):
    """Per session: the other sessions' stays, weighted by arrival time of day (1 h), requested energy (3 kWh)
    and the month's error density at stated + candidate (0.5 h) — the exact distributions, known in hindsight."""
    a = np.array([v['a'] for v in visits]) / SLOTS_PER_HOUR
    d = np.array([v['d'] for v in visits]) / SLOTS_PER_HOUR
    s = np.array([v['e'] for v in visits]) / SLOTS_PER_HOUR
    energy = np.array([v['E'] for v in visits])
    stay, error, hour = d - a, d - s, a % 24
    posterior = []
    for i in range(len(visits)):
        apart = np.minimum(np.abs(hour - hour[i]), 24 - np.abs(hour - hour[i]))
        weight = np.exp(-0.5 * apart ** 2)
        if with_energy:
            weight = weight * np.exp(-0.5 * ((energy - energy[i]) / 3.0) ** 2)
        weight[i] = 0
        candidate_error = a[i] + stay - s[i]
        density = np.exp(-0.5 * ((candidate_error[:, None] - np.delete(error, i)[None, :]) / 0.5) ** 2).mean(1)
        order = np.argsort(stay)
        posterior.append((visits[i]['a'], stay[order], (weight * density)[order]))
    return posterior


def posterior_quantile(posterior, index, q, elapsed_hours):
    arrival, stays, weights = posterior[index]
    alive = stays > elapsed_hours
    if not alive.any() or weights[alive].sum() <= 0:
        return None
    cumulative = np.cumsum(weights[alive])
    k = min(np.searchsorted(cumulative, q * cumulative[-1]), alive.sum() - 1)
    return arrival + int(stays[alive][k] * SLOTS_PER_HOUR)


def bayes():
    visits, h = load(DATA)
    for with_energy in (False, True):
        posterior = whole_month_posterior(visits, with_energy)
        for q in (0.1, 0.25, 0.5):
            def departure(x, t, q=q, posterior=posterior):
                slot = posterior_quantile(posterior, x.idx, q, (t - x.a) / SLOTS_PER_HOUR)
                return t + 1 if slot is None else slot
            print('prior by time of day%s, q %.2f' % (' and energy' if with_energy else '', q),
                  row(run(visits, h, c, Ranked(laxity(departure)))[0] for c in CAPACITIES))


class Tranches:
    """Every vehicle's first `first_kwh` (or share of its request) before anyone's remainder, each pass by hedged laxity."""

    def __init__(self, first_kwh=None, first_share=None):
        self.model, self.first_kwh, self.first_share = DepartureModel(0.25), first_kwh, first_share

    def departed(self, x, slot):
        self.model.observe(x, slot)

    def __call__(self, t, charging, cap, h):
        ordered = sorted(charging, key=lambda x: self.model.estimate(x, t) - t - x.rem / (x.mx * h))
        left = cap
        for x in ordered:
            first = self.first_kwh if self.first_kwh is not None else self.first_share * x.E
            owed = max(0.0, first - (x.E - x.rem))
            x.kw = min(x.mx, x.rem / h, owed / h, left) if owed > 1e-9 else 0
            left -= x.kw
        for x in ordered:
            more = min(max(0, min(x.mx, x.rem / h) - x.kw), left)
            x.kw += more
            left -= more


def tranche():
    visits, h = load(DATA)
    for label, policy in [('first 1 kWh', lambda: Tranches(first_kwh=1)), ('first 2 kWh', lambda: Tranches(first_kwh=2)),
                          ('first 4 kWh', lambda: Tranches(first_kwh=4)), ('first 25 %', lambda: Tranches(first_share=0.25)),
                          ('first 50 %', lambda: Tranches(first_share=0.5))]:
        print('%-12s' % label, ' '.join('%.2f / %.2f' % run(visits, h, c, policy()) for c in CAPACITIES))


class OnlinePosterior:
    """Posterior of the departure learned from departed sessions only: past stays near the arrival's time of day
    (1.5 h) weighted by the observed error density (1 h) at stated + candidate; the Caltech prior until 20 left."""
    PRIOR_HOURS = np.array([x for x in (-11.1, -7.2, -4.0, 0.2, 4.8) for _ in range(4)])

    def __init__(self):
        self.errors, self.stays, self.hours, self.cache = list(self.PRIOR_HOURS), [], [], {}

    def observe(self, x, slot):
        self.errors.append((slot - x.e) / SLOTS_PER_HOUR)
        self.stays.append((slot - x.a) / SLOTS_PER_HOUR)
        self.hours.append((x.a % SLOTS_PER_DAY) / SLOTS_PER_HOUR)
        self.cache = {}

    def candidates(self, x):
        if x.idx not in self.cache:
            if len(self.stays) < 20:
                stays = np.maximum((x.e - x.a) / SLOTS_PER_HOUR + self.PRIOR_HOURS, 1 / SLOTS_PER_HOUR)
                weights = np.ones(len(stays))
            else:
                stays, hours = np.array(self.stays), np.array(self.hours)
                hour = (x.a % SLOTS_PER_DAY) / SLOTS_PER_HOUR
                apart = np.minimum(np.abs(hours - hour), 24 - np.abs(hours - hour))
                error = (x.a + stays * SLOTS_PER_HOUR - x.e) / SLOTS_PER_HOUR
                seen = np.array(self.errors[-500:])
                density = np.exp(-0.5 * (error[:, None] - seen[None, :]) ** 2).mean(1)
                weights = np.exp(-0.5 * (apart / 1.5) ** 2) * density + 1e-12
            self.cache[x.idx] = (stays, weights)
        return self.cache[x.idx]

    def leaves_before(self, x, t, slot):
        stays, weights = self.candidates(x)
        alive = stays > (t - x.a) / SLOTS_PER_HOUR
        if not alive.any():
            return 1.0
        return (weights[alive] * (stays[alive] < (slot - x.a) / SLOTS_PER_HOUR)).sum() / weights[alive].sum()


class LeaveProbability:
    """Most likely to leave first go first (ties by hedged laxity): before `evening_hour` + its need, or before
    `queue` x its need."""

    def __init__(self, evening_hour=None, queue=None):
        self.posterior, self.model = OnlinePosterior(), DepartureModel(0.25)
        self.evening_hour, self.queue = evening_hour, queue

    def departed(self, x, slot):
        self.posterior.observe(x, slot)
        self.model.observe(x, slot)

    def __call__(self, t, charging, cap, h):
        def key(x):
            need = x.rem / (x.mx * h)
            if self.evening_hour is not None:
                horizon = t - t % SLOTS_PER_DAY + int(self.evening_hour * SLOTS_PER_HOUR)
                horizon = (horizon if horizon > t else horizon + SLOTS_PER_DAY) + need
            else:
                horizon = t + self.queue * need
            return -round(self.posterior.leaves_before(x, t, horizon), 2), self.model.estimate(x, t) - t - need
        fill(sorted(charging, key=key), cap, h)


def slack():
    visits, h = load(DATA)
    for label, policy in [('before 17:00 + need', lambda: LeaveProbability(evening_hour=17)),
                          ('before 19:00 + need', lambda: LeaveProbability(evening_hour=19)),
                          ('before 2 x need', lambda: LeaveProbability(queue=2)),
                          ('before 4 x need', lambda: LeaveProbability(queue=4))]:
        print('%-20s' % label, row(run(visits, h, c, policy())[0] for c in CAPACITIES))


class Recording:
    """Wraps a policy: energy delivered per hour of the day (local time: the file starts at midnight)
    and what each vehicle still lacked when it left, by its true stay."""

    def __init__(self, policy):
        self.policy, self.by_hour, self.left = policy, np.zeros(24), []

    def departed(self, x, slot):
        self.policy.departed(x, slot)
        self.left.append(((x.d - x.a) / SLOTS_PER_HOUR, x.rem, x.E))

    def __call__(self, t, charging, cap, h):
        self.policy(t, charging, cap, h)
        self.by_hour[(t % SLOTS_PER_DAY) // SLOTS_PER_HOUR] += sum(min(x.kw, x.mx, x.rem / h) for x in charging) * h


def profile():
    """Where the hedge loses against LLF with true departures, at 20 kW."""
    visits, h = load(DATA)
    hedge, truth = Recording(hedged(0.25)), Recording(Ranked(laxity(lambda x, t: x.d)))
    print('llf q 0.25 %.2f %%, llf true departures %.2f %%' % (run(visits, h, 20, hedge)[0], run(visits, h, 20, truth)[0]))
    print('hour  kWh delivered in the month: q 0.25, true, difference')
    for hour in range(24):
        print('%4d %6.0f %6.0f %+5.0f' % (hour, hedge.by_hour[hour], truth.by_hour[hour], truth.by_hour[hour] - hedge.by_hour[hour]))
    hedge_left, truth_left = np.array(hedge.left), np.array(truth.left)
    for low, high in [(0, 2), (2, 4), (4, 6), (6, 9), (9, 12), (12, 1000)]:
        a = (hedge_left[:, 0] >= low) & (hedge_left[:, 0] < high)
        b = (truth_left[:, 0] >= low) & (truth_left[:, 0] < high)
        print('stay %2d-%4d h: %3d sessions, %4.0f kWh requested, lost %4.0f kWh (q 0.25) vs %4.0f kWh (true)' % (
            low, high, a.sum(), hedge_left[a, 2].sum(), hedge_left[a, 1].sum(), truth_left[b, 1].sum()))


def scale(k, out):
    """The user-estimates file with every driver's error (actual - stated) multiplied by k."""
    replay = json.load(open(DATA))
    for s in replay['sessions']:
        departure = parse(s['departure'])
        stated = departure - (departure - parse(s['estimatedDeparture'])) * float(k)
        s['estimatedDeparture'] = stated.strftime('%Y-%m-%dT%H:%M:%S.%fZ')
    json.dump(replay, open(out, 'w'), indent=1)


def permute(seed, out):
    """The user-estimates file with the drivers' errors (actual - stated) shuffled among the sessions: another
    draw of the same error distribution, independent of everything else as in the file."""
    replay = json.load(open(DATA))
    errors = [parse(s['departure']) - parse(s['estimatedDeparture']) for s in replay['sessions']]
    order = np.random.default_rng(int(seed)).permutation(len(errors))
    for s, k in zip(replay['sessions'], order):
        s['estimatedDeparture'] = (parse(s['departure']) - errors[k]).strftime('%Y-%m-%dT%H:%M:%S.%fZ')
    json.dump(replay, open(out, 'w'), indent=1)


def draws():
    """The hedge's quantile on the file and on five permuted draws (LLF on the q-conditioned departure)."""
    files = [DATA] + ['/tmp/permuted-%d.json' % seed for seed in range(1, 6)]
    for seed in range(1, 6):
        permute(seed, files[seed])
    for q in (0.1, 0.25, 0.4):
        results = np.array([[run(*load(f), c, hedged(q))[0] for c in CAPACITIES] for f in files])
        print('q %.2f  file %s  draws mean %s  min %s' % (q, row(results[0]), row(results[1:].mean(0)), row(results[1:].min(0))))


if __name__ == '__main__':
    command, arguments = sys.argv[1], sys.argv[2:]
    {'check': check, 'ladder': ladder, 'concordance': concordance, 'family': family, 'selftune': selftune,
     'imitate': imitate, 'bayes': bayes, 'tranche': tranche, 'slack': slack, 'profile': profile, 'scale': scale, 'permute': permute, 'draws': draws}[command](*arguments)
