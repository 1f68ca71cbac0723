"""Independent check of the solver's upper bound and plans with HiGHS (SciPy), outside the project.

Not part of the build or CI (needs python3 with scipy >= 1.9). docs/solver.md and docs/BENCHMARKS.md
("Plan quality against the bound") quote its figures.

  python3 solver/tools/exact_bound_check.py pad-mip   benchmark-data/small.json   # integer optimum, per-pad binaries
  python3 solver/tools/exact_bound_check.py class-lp  benchmark-data/large.json   # the LP relaxation of LpBound, interior point
  python3 solver/tools/exact_bound_check.py class-lp  benchmark-data/large.json plan.json  # the same LP on a plan's pads

Model (the planning contract as IndexedProblem reads it): per session s, pad p, z[s,p] in {0,1} (or a
pooled class share y[s,k]), sum_p z <= 1, one vehicle per pad and slot (per class: present shares <= pad
count), vehicle kW x[s,k,t] <= min(pad, vehicle) * z, energy <= request, per slot grid (limit - base
load) and circuits carry x / efficiency; objective sum (priority + 1) * x * slot hours.
"""
import json, sys, time
import numpy as np
from scipy.optimize import milp, LinearConstraint, Bounds
from scipy.sparse import coo_matrix

def load(path):
    d = json.load(open(path))
    T = d['slots']; h = d['slotMinutes'] / 60
    hub = d['hub']
    lim = hub.get('gridLimitKwBySlot') or [hub['gridLimitKw']] * T
    base = hub.get('baseLoadKwBySlot') or [0.0] * T
    head = [max(0.0, lim[t] - base[t]) for t in range(T)]
    circ = {c['id']: i for i, c in enumerate(d['circuits'])}
    climit = [c['limitKw'] for c in d['circuits']]
    pads = d['pads']
    pid = {p['id']: i for i, p in enumerate(pads)}
    classes = {}
    padclass = []
    for p in pads:
        key = (p['maxKw'], p['efficiency'], circ.get(p.get('circuitId'), -1))
        classes.setdefault(key, len(classes)); padclass.append(classes[key])
    ckeys = sorted(classes, key=classes.get)
    S = []
    for s in d['sessions']:
        a = min(s['arrivalSlot'], T); b = min(s['departureSlot'], T)
        w = max(0, s['priority']) + 1
        S.append(dict(a=a, b=b, e=s['energyKwh'], m=s['maxKw'], w=w, fixed=pid[s['padId']] if s['padId'] else -1,
                      crit=s.get('criticalEnergyKwh') or 0))
    return dict(T=T, h=h, head=head, climit=climit, pads=pads, padclass=padclass, ckeys=ckeys, S=S)

def build(P, integer, fixed_assign=None):
    T, h = P['T'], P['h']
    nv = 0; cost = []; lb = []; ub = []; integ = []
    rows = []  # list of (dict var->coef, lo, hi)
    def var(c, u, i):
        nonlocal nv
        cost.append(c); lb.append(0); ub.append(u); integ.append(i); nv += 1; return nv - 1
    grid = [dict() for _ in range(T)]
    circ = [[dict() for _ in range(T)] for _ in P['climit']]
    padslot = [[dict() for _ in range(T)] for _ in P['pads']]
    xs = []
    for si, s in enumerate(P['S']):
        if s['b'] <= s['a'] or s['e'] <= 0: continue
        one = {}; energy = {}
        z = {}
        for q, pad in enumerate(P['pads']):
            if s['fixed'] >= 0 and s['fixed'] != q: continue
            if fixed_assign is not None and fixed_assign.get(si, -1) != q: continue
            z[q] = var(0, 1, 1 if integer else 0); one[z[q]] = 1
            for t in range(s['a'], s['b']): padslot[q][t][z[q]] = 1
        for k, (mx, eff, c) in enumerate(P['ckeys']):
            zk = [z[q] for q in z if P['padclass'][q] == k]
            if not zk: continue
            rate = min(mx, s['m'])
            if rate <= 0: continue
            cap = {}
            for t in range(s['a'], s['b']):
                x = var(-s['w'] * h, rate, 0); xs.append((si, k, t, x))
                link = {x: 1}
                for zz in zk: link[zz] = -rate
                rows.append((link, -np.inf, 0))
                energy[x] = 1; cap[x] = 1
                grid[t][x] = 1 / eff
                if c >= 0: circ[c][t][x] = 1 / eff
            # valid inequality: energy from this class <= E * (share of class)
            en = dict(cap)
            for zz in zk: en[zz] = -min(s['e'] / h, rate * (s['b'] - s['a']))
            rows.append((en, -np.inf, 0))
        rows.append((one, -np.inf, 1)); rows.append((energy, -np.inf, s['e'] / h))
        # at most one rate per slot is implied by link rows
    for t in range(T):
        rows.append((grid[t], -np.inf, P['head'][t]))
        for c in range(len(P['climit'])): rows.append((circ[c][t], -np.inf, P['climit'][c]))
        for q in range(len(P['pads'])):
            if len(padslot[q][t]) > 1: rows.append((padslot[q][t], -np.inf, 1))
    r, cidx, vals, lo, hi = [], [], [], [], []
    for i, (row, l, u) in enumerate(rows):
        for v, cf in row.items(): r.append(i); cidx.append(v); vals.append(cf)
        lo.append(l); hi.append(u)
    A = coo_matrix((vals, (r, cidx)), shape=(len(rows), nv)).tocsr()
    return np.array(cost), A, np.array(lo), np.array(hi), np.array(lb), np.array(ub), np.array(integ), xs

def solve(P, integer, time_limit=600, fixed_assign=None):
    c, A, lo, hi, lb, ub, integ, xs = build(P, integer, fixed_assign)
    t0 = time.time()
    res = milp(c, constraints=LinearConstraint(A, lo, hi), bounds=Bounds(lb, ub), integrality=integ,
               options=dict(time_limit=time_limit, disp=False, mip_rel_gap=1e-6))
    return res, time.time() - t0, A.shape


def fixed_from_plan(P, plan_path, problem_path):
    d = json.load(open(problem_path)); pl = json.load(open(plan_path))
    pid = {p['id']: i for i, p in enumerate(d['pads'])}
    sid = {s['id']: i for i, s in enumerate(d['sessions'])}
    return {sid[s['id']]: pid[s['padId']] for s in pl['sessions'] if s.get('padId')}


def build_class(P, integer, fixed_assign=None):
    """Pads pooled per class: y[s,k] share/binary; per class and slot present y <= count. A relaxation of the per-pad model."""
    T, h = P['T'], P['h']
    count = [0] * len(P['ckeys'])
    for k in P['padclass']: count[k] += 1
    cost, ub, integ = [], [], []
    rows = []
    def var(c, u, i):
        cost.append(c); ub.append(u); integ.append(i); return len(cost) - 1
    grid = [dict() for _ in range(T)]
    circ = [[dict() for _ in range(T)] for _ in P['climit']]
    occ = [[dict() for _ in range(T)] for _ in count]
    pw = [[dict() for _ in range(T)] for _ in count]
    xs = []; ys = {}
    for si, s in enumerate(P['S']):
        if s['b'] <= s['a'] or s['e'] <= 0: continue
        one = {}; energy = {}; rate_row = [dict() for _ in range(T)]
        for k, (mx, eff, c) in enumerate(P['ckeys']):
            if s['fixed'] >= 0 and P['padclass'][s['fixed']] != k: continue
            if fixed_assign is not None and (si not in fixed_assign or P['padclass'][fixed_assign[si]] != k): continue
            rate = min(mx, s['m'])
            if rate <= 0: continue
            y = var(0, 1, 1 if integer else 0); ys[(si, k)] = y; one[y] = 1
            en = {y: -min(s['e'] / h, rate * (s['b'] - s['a']))}
            for t in range(s['a'], s['b']):
                x = var(-s['w'] * h, rate, 0); xs.append((si, k, t, x))
                rows.append(({x: 1, y: -rate}, -np.inf, 0))
                en[x] = 1; energy[x] = 1
                grid[t][x] = 1 / eff
                if c >= 0: circ[c][t][x] = 1 / eff
                occ[k][t][y] = 1
                pw[k][t][x] = 1 / rate
                rate_row[t][x] = 1 / rate
            rows.append((en, -np.inf, 0))
        rows.append((one, -np.inf, 1)); rows.append((energy, -np.inf, s['e'] / h))
        for t in range(T):
            if len(rate_row[t]) > 1: rows.append((rate_row[t], -np.inf, 1))
    for t in range(T):
        rows.append((grid[t], -np.inf, P['head'][t]))
        for c in range(len(P['climit'])): rows.append((circ[c][t], -np.inf, P['climit'][c]))
        for k in range(len(count)):
            rows.append((occ[k][t], -np.inf, count[k]))
            rows.append((pw[k][t], -np.inf, count[k]))
    r, cidx, vals, lo, hi = [], [], [], [], []
    for i, (row, l, u) in enumerate(rows):
        for v, cf in row.items(): r.append(i); cidx.append(v); vals.append(cf)
        lo.append(l); hi.append(u)
    A = coo_matrix((vals, (r, cidx)), shape=(len(rows), len(cost))).tocsr()
    return np.array(cost), A, np.array(lo), np.array(hi), np.zeros(len(cost)), np.array(ub), np.array(integ), xs, ys


def class_lp(P, fixed_assign=None):
    from scipy.optimize import linprog
    c, A, lo, hi, lb, ub, integ, xs, ys = build_class(P, False, fixed_assign)
    res = linprog(c, A_ub=A, b_ub=hi, bounds=list(zip(lb, ub)), method='highs-ipm')
    return res


if __name__ == '__main__':
    mode, problem_path = sys.argv[1], sys.argv[2]
    P = load(problem_path)
    fa = fixed_from_plan(P, sys.argv[3], problem_path) if len(sys.argv) > 3 else None
    t0 = time.time()
    if mode == 'pad-mip':
        res, secs, shape = solve(P, True, 900, fa)
        print('per-pad MIP: %s value %.4f dual bound %.4f in %.1f s' % (res.message[:40], -res.fun, -res.mip_dual_bound, secs))
    elif mode == 'pad-lp':
        res, secs, shape = solve(P, False, 900, fa)
        print('per-pad LP: %s value %.4f in %.1f s' % (res.message[:40], -res.fun, secs))
    elif mode == 'class-lp':
        res = class_lp(P, fa)
        print('class LP%s: %s value %.4f in %.1f s' % (' on the plan\'s pads' if fa else '', res.message[:40], -res.fun, time.time() - t0))
    else:
        raise SystemExit('mode: pad-mip | pad-lp | class-lp')
