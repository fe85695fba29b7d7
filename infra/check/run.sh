#!/usr/bin/env bash
# Checks every deployment file offline (no Docker engine, no cluster, no Azure account), one line per check, ending
# with "N passed, N failed"; exits 1 if any check failed. Tools: docker-compose (Debian package), node/npm (the
# packages in infra/check/package.json), kubectl (for kustomize), the .NET SDK (KubernetesClient models, and NuGet to
# fetch the Bicep CLI into a temporary folder: it is never written into the repository).
#   bash infra/check/run.sh
# The rehearsal with real silo processes is separate and slower: bash infra/check/compose-rehearsal.sh
set -uo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
check="$repo/infra/check"
work="$(mktemp -d "${TMPDIR:-/tmp}/grainflow-infra-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT INT TERM
bicep_version="0.49.2"
passed=0
failed=0

# run <name> <command...>: runs the command, shows its output indented, counts it by its exit code.
run() {
  local name="$1"
  shift
  if "$@" >"$work/out" 2>&1; then
    passed=$((passed + 1)); echo "ok   $name"
  else
    failed=$((failed + 1)); echo "FAIL $name"
  fi
  sed 's/^/     /' "$work/out"
}

# Fails when the command prints anything (bicep lint reports warnings on stderr but exits 0).
silent() {
  local output
  output="$("$@" 2>&1)" || { echo "$output"; return 1; }
  [[ -z "$output" ]] || { echo "$output"; return 1; }
}

fetch_bicep() {
  cat >"$work/bicep.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="Azure.Bicep.CommandLine.linux-x64" Version="[$bicep_version]" />
  </ItemGroup>
</Project>
EOF
  dotnet restore "$work/bicep.csproj" --packages "$work/packages" -v quiet --nologo >/dev/null || return 1
  bicep="$work/packages/azure.bicep.commandline.linux-x64/$bicep_version/tools/bicep"
  chmod +x "$bicep"
}

if [[ ! -f "$check/node_modules/.package-lock.json" || "$check/package-lock.json" -nt "$check/node_modules/.package-lock.json" ]]; then
  (cd "$check" && npm ci --no-audit --no-fund --loglevel=error)
fi

compose() {
  GRAINFLOW_ADMIN_KEY=check-admin-key GRAINFLOW_READ_KEY=check-read-key docker-compose -f "$repo/infra/docker-compose.yml" "$@"
}
refuses_without_keys() {
  ! env -u GRAINFLOW_ADMIN_KEY -u GRAINFLOW_READ_KEY docker-compose --env-file /dev/null -f "$repo/infra/docker-compose.yml" config --quiet 2>&1
}
run "compose file parses and validates (docker-compose config)" compose config --quiet
run "compose file refuses to render without API keys" refuses_without_keys
run "Dockerfile lints (dockerfile-utils)" "$check/node_modules/.bin/dockerfile-utils" lint "$repo/infra/Dockerfile"

# The build context Dockerfile.dockerignore leaves, computed with the dockerignore matcher of docker-py (installed
# with docker-compose): only src/ and the root build files (plus the Dockerfile itself, always sent), no bin/ or obj/.
build_context() {
  (cd "$repo" && python3 - <<'EOF'
import os
from docker.utils.build import exclude_paths
patterns = [l.strip() for l in open("infra/Dockerfile.dockerignore") if l.strip() and not l.startswith("#")]
files = sorted(f for f in exclude_paths(".", patterns, dockerfile="infra/Dockerfile") if os.path.isfile(f))
allowed = ("src/", "global.json", "Directory.Build.props", "Directory.Packages.props", ".editorconfig", "infra/Dockerfile")
stray = [f for f in files if not f.startswith(allowed) or "/bin/" in f or "/obj/" in f]
print(f"{len(files)} files, {sum(os.path.getsize(f) for f in files) // 1024} KiB")
print("unexpected: " + ", ".join(stray[:10]) if stray else "nothing else")
raise SystemExit(1 if stray or not any(f.startswith("src/Silo/") for f in files) else 0)
EOF
  )
}
run "build context is src/ and the root build files only" build_context

kubectl kustomize "$repo/infra/k8s" >"$work/k8s.yaml" 2>"$work/kustomize.err"
run "kustomization renders (kubectl kustomize infra/k8s)" bash -c "cat '$work/kustomize.err'; [[ -s '$work/k8s.yaml' && ! -s '$work/kustomize.err' ]]"
run "Kubernetes objects match the schemas (kubernetes-models)" node "$check/validate-k8s.mjs" "$work/k8s.yaml" "$repo/infra/k8s/secret.example.yaml"
run "Kubernetes objects have no unknown fields (KubernetesClient, strict)" \
  dotnet run "$check/k8s-strict-fields.cs" -- "$work/k8s.yaml" "$repo/infra/k8s/secret.example.yaml"

if run "Bicep CLI $bicep_version fetched from NuGet into a temporary folder" fetch_bicep; then
  run "main.bicep builds with no diagnostics (bicep build)" silent "$bicep" build "$repo/infra/azure/main.bicep" --outfile "$work/main.json" --no-restore
  for file in "$repo"/infra/azure/main.bicep "$repo"/infra/azure/modules/*.bicep; do
    run "${file#"$repo"/} lints with no warnings (bicep lint)" silent "$bicep" lint "$file"
  done
  run "main.bicepparam builds (bicep build-params)" silent env GRAINFLOW_ADMIN_KEY=check-admin-key-0123456789 \
    GRAINFLOW_READ_KEY=check-read-key-0123456789 "$bicep" build-params "$repo/infra/azure/main.bicepparam" --outfile "$work/main.parameters.json"
fi

echo "$passed passed, $failed failed"
((failed == 0))
