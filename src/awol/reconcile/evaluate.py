"""Evaluation of event grouping: B-cubed precision, recall and F1, and the naive baseline."""

from __future__ import annotations


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed (Bagga and Baldwin 1998) over the claims in `gold`.

    For each claim, precision is the share of its predicted event that shares
    its gold label, recall the share of its gold event found in its predicted
    event; both are averaged over claims. A claim missing from `pred` is an
    event of its own.
    """
    if not gold:
        return 0.0, 0.0, 0.0
    pred = {c: pred.get(c, f"__alone__{c}") for c in gold}
    pred_members: dict[str, list[str]] = {}
    gold_size: dict[str, int] = {}
    for c, e in pred.items():
        pred_members.setdefault(e, []).append(c)
    for g in gold.values():
        gold_size[g] = gold_size.get(g, 0) + 1
    p_sum = r_sum = 0.0
    for c in gold:
        members = pred_members[pred[c]]
        same = sum(1 for m in members if gold[m] == gold[c])
        p_sum += same / len(members)
        r_sum += same / gold_size[gold[c]]
    p, r = p_sum / len(gold), r_sum / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def group_kind_baseline(claims: list[dict]) -> dict[str, str]:
    """The naive grouping the issue compares against: one event per (group, kind)."""
    return {c["claim_id"]: f"{c.get('kind')}|{c.get('measure') or ''}|{c.get('group')}" for c in claims}


def predicted(claims: list[dict], documents: list[dict]) -> dict[str, str]:
    """claim_id -> event_id under `reconcile`."""
    from awol.reconcile.events import reconcile

    return {cid: ev.event_id for ev in reconcile(claims, documents).events for cid in ev.claim_ids}
