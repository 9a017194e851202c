#!/usr/bin/env bash
# Offline checks of the deployment files: docker-compose.yml, every Kustomize overlay, the Grafana dashboard, and
# that no Secret with data is committed under deploy/. Exits non-zero if any check fails; prints SKIP for a check
# whose tool is missing here (kubectl). Needs no Docker daemon, no cluster and no network beyond the Debian
# repository (to install docker-compose once). Usage: bash deploy/validate.sh   (from anywhere)
set -uo pipefail
cd "$(dirname "$0")/.."

start=$SECONDS
failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
skip() { echo "SKIP $*"; }

# --- docker-compose.yml ----------------------------------------------------------------------------------------
if ! command -v docker-compose > /dev/null 2>&1; then
  echo "docker-compose not found: installing Debian's docker-compose (v1, validates without a Docker daemon)"
  if [ "$(id -u)" -ne 0 ]; then
    echo "cannot install docker-compose: not root (run: sudo apt-get install -y docker-compose)"
  elif ! command -v apt-get > /dev/null 2>&1; then
    echo "cannot install docker-compose: no apt-get on this machine"
  elif ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose; } \
        > /tmp/kz-monitor-docker-compose-install.log 2>&1; then
    echo "cannot install docker-compose: apt-get failed; its output:"
    tail -n 20 /tmp/kz-monitor-docker-compose-install.log
  fi
fi
if command -v docker-compose > /dev/null 2>&1; then
  if out=$(docker-compose -f docker-compose.yml config -q 2>&1); then
    pass "docker-compose.yml ($(docker-compose version --short 2>/dev/null || echo '?'))"
  else
    echo "$out"
    fail "docker-compose.yml: docker-compose config rejected it"
  fi
else
  fail "docker-compose.yml: docker-compose is not installed and could not be installed (see above)"
fi

# --- Kustomize overlays ----------------------------------------------------------------------------------------
render_dir=$(mktemp -d)
trap 'rm -rf "$render_dir"' EXIT
rendered=()
if command -v kubectl > /dev/null 2>&1; then
  for overlay in deploy/overlays/*/; do
    name=$(basename "$overlay")
    if out=$(kubectl kustomize "$overlay" 2>&1 > "$render_dir/$name.yaml"); then
      pass "kubectl kustomize $overlay ($(grep -c '^kind:' "$render_dir/$name.yaml") resources)"
      rendered+=("$render_dir/$name.yaml")
    else
      echo "$out"
      fail "kubectl kustomize $overlay"
    fi
  done
else
  skip "kubectl kustomize deploy/overlays/*: kubectl is not installed on this machine"
fi

# --- rules on the rendered manifests and on the committed files (PyYAML, installed with docker-compose) ---------
if python3 -c 'import yaml' 2> /dev/null; then
  if python3 - "${rendered[@]}" <<'PY'; then
import glob, sys, yaml

problems = []

# 1. No Secret with data committed under deploy/, no secretGenerator reading a file that may not exist.
for path in sorted(glob.glob("deploy/**/*.y*ml", recursive=True)):
    try:
        docs = list(yaml.safe_load_all(open(path, encoding="utf-8")))
    except yaml.YAMLError as e:
        problems.append(f"{path}: not valid YAML: {e}")
        continue
    for doc in docs:
        if not isinstance(doc, dict):
            continue
        if doc.get("kind") == "Secret" and (doc.get("data") or doc.get("stringData")):
            problems.append(f"{path}: commits a Secret with data ({doc.get('metadata', {}).get('name')})")
        for gen in doc.get("secretGenerator") or []:
            problems.append(f"{path}: secretGenerator {gen.get('name')}: reference Secrets, do not generate them")

# 2. Rules on what every overlay renders.
TOPICS = {"news.articles", "news.flagged", "news.articles.dlq", "news.flagged.dlq", "notifier.deliveries",
          "notifier.deliveries.dlq", "notifier.subscriptions", "fetcher.sources"}
COMPACTED = {"notifier.subscriptions", "fetcher.sources"}
for render in sys.argv[1:]:
    overlay = render.rsplit("/", 1)[-1][:-5]
    docs = [d for d in yaml.safe_load_all(open(render, encoding="utf-8")) if d]
    by_kind = {}
    for d in docs:
        by_kind.setdefault(d["kind"], []).append(d)
    where = f"overlay {overlay}"
    if by_kind.get("Secret"):
        problems.append(f"{where}: renders a Secret; reference it instead")
    deployments = by_kind.get("Deployment", [])
    if {d["metadata"]["name"] for d in deployments} != {"kz-monitor-fetcher", "kz-monitor-analyzer", "kz-monitor-notifier"}:
        problems.append(f"{where}: expected the three Deployments, got {[d['metadata']['name'] for d in deployments]}")
    for d in deployments:
        name, pod = d["metadata"]["name"], d["spec"]["template"]["spec"]
        psc = pod.get("securityContext", {})
        if not psc.get("runAsNonRoot"):
            problems.append(f"{where}: {name}: pod securityContext.runAsNonRoot is not true")
        mounts_needed = {"/tmp"}
        for c in pod["containers"]:
            csc = c.get("securityContext", {})
            if csc.get("readOnlyRootFilesystem") is not True:
                problems.append(f"{where}: {name}/{c['name']}: readOnlyRootFilesystem is not true")
            if csc.get("allowPrivilegeEscalation") is not False:
                problems.append(f"{where}: {name}/{c['name']}: allowPrivilegeEscalation is not false")
            for probe, path in (("startupProbe", "/q/health/started"), ("livenessProbe", "/q/health/live"),
                                ("readinessProbe", "/q/health/ready")):
                got = c.get(probe, {}).get("httpGet", {}).get("path")
                if got != path:
                    problems.append(f"{where}: {name}/{c['name']}: {probe} path {got!r}, expected {path}")
            res = c.get("resources", {})
            for part in ("requests", "limits"):
                if not {"cpu", "memory"} <= set(res.get(part, {})):
                    problems.append(f"{where}: {name}/{c['name']}: resources.{part} needs cpu and memory")
            mounts = {m["mountPath"] for m in c.get("volumeMounts", [])}
            if not mounts_needed <= mounts:
                problems.append(f"{where}: {name}/{c['name']}: no volume mounted at /tmp")
        annotations = d["spec"]["template"]["metadata"].get("annotations", {})
        if annotations.get("prometheus.io/path") != "/q/metrics":
            problems.append(f"{where}: {name}: prometheus.io/path annotation is not /q/metrics")
    pdb_names = {p["metadata"]["name"] for p in by_kind.get("PodDisruptionBudget", [])}
    for d in deployments:
        if d["metadata"]["name"] not in pdb_names:
            problems.append(f"{where}: {d['metadata']['name']} has no PodDisruptionBudget")
    for p in by_kind.get("PodDisruptionBudget", []):
        if not p["spec"].get("selector", {}).get("matchLabels"):
            problems.append(f"{where}: PodDisruptionBudget {p['metadata']['name']} selects every pod")
    if not any(h["spec"]["scaleTargetRef"]["name"] == "kz-monitor-analyzer" for h in by_kind.get("HorizontalPodAutoscaler", [])):
        problems.append(f"{where}: no HorizontalPodAutoscaler for the analyzer")
    topics = {t["spec"].get("topicName", t["metadata"]["name"]): t for t in by_kind.get("KafkaTopic", [])}
    if set(topics) != TOPICS:
        problems.append(f"{where}: KafkaTopics {sorted(topics)} differ from {sorted(TOPICS)}")
    for name, t in topics.items():
        spec = t["spec"]
        if t["apiVersion"] != "kafka.strimzi.io/v1beta2" or "strimzi.io/cluster" not in t["metadata"].get("labels", {}):
            problems.append(f"{where}: KafkaTopic {name}: needs kafka.strimzi.io/v1beta2 and a strimzi.io/cluster label")
        if not spec.get("partitions") or not spec.get("replicas"):
            problems.append(f"{where}: KafkaTopic {name}: partitions and replicas must be set")
        policy = spec.get("config", {}).get("cleanup.policy")
        if (name in COMPACTED) != (policy == "compact"):
            problems.append(f"{where}: KafkaTopic {name}: cleanup.policy {policy!r}")
        if policy != "compact" and "retention.ms" not in spec.get("config", {}):
            problems.append(f"{where}: KafkaTopic {name}: no retention.ms")

for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
PY
    pass "manifest rules (no committed Secret data under deploy/; probes, securityContext, resources, PDBs, HPA," \
      "topics checked in ${#rendered[@]} rendered overlay(s))"
  else
    fail "manifest rules (see the lines above)"
  fi
else
  # Without PyYAML: the Secret check by pattern, the rest skipped.
  if grep -rlE '^kind: *Secret *$' deploy --include='*.yaml' --include='*.yml' | xargs -r grep -lE '^(data|stringData):' | grep -q .; then
    fail "a Secret with data is committed under deploy/"
  else
    pass "no Secret with data under deploy/ (pattern check)"
  fi
  skip "manifest rules: python3 has no yaml module"
fi

# --- Grafana dashboard -----------------------------------------------------------------------------------------
dashboard=deploy/grafana/kz-monitor-dashboard.json
if command -v python3 > /dev/null 2>&1; then
  if out=$(python3 -m json.tool "$dashboard" 2>&1 > /dev/null); then
    pass "$dashboard is valid JSON"
  else
    echo "$out"
    fail "$dashboard is not valid JSON"
  fi
elif command -v jq > /dev/null 2>&1; then
  if jq empty "$dashboard"; then pass "$dashboard is valid JSON"; else fail "$dashboard is not valid JSON"; fi
else
  fail "$dashboard: neither python3 nor jq to check it"
fi

# --- the fetcher's sources ConfigMap follows config/sources.yaml ------------------------------------------------
if cmp -s config/sources.yaml deploy/base/fetcher/sources.yaml; then
  pass "deploy/base/fetcher/sources.yaml is the same as config/sources.yaml"
else
  echo "WARN deploy/base/fetcher/sources.yaml differs from config/sources.yaml (kustomize cannot read outside deploy/;" \
    "copy it if the difference is not intended)"
fi

echo "deploy/validate.sh: $failures failure(s) in $((SECONDS - start)) s"
[ "$failures" -eq 0 ]
