#:package KubernetesClient@21.0.8
#:property ManagePackageVersionsCentrally=false

// Deserializes Kubernetes YAML (files named on the command line, else standard input) into the KubernetesClient
// models with strict=true, which rejects unknown fields: a misspelt field (`prot:` for `port:`) is valid JSON-schema
// (validate-k8s.mjs accepts it, as the API server's non-strict mode would, silently dropping it) but fails here.
// One line per object; exit 1 on any failure. Run: kubectl kustomize infra/k8s | dotnet run infra/check/k8s-strict-fields.cs
using k8s;
using k8s.Models;

var texts = args.Length > 0 ? args.Select(File.ReadAllText).ToList() : [Console.In.ReadToEnd()];
var failed = 0;
var count = 0;
foreach (var text in texts)
{
    foreach (var document in text.Split("\n---", StringSplitOptions.RemoveEmptyEntries))
    {
        if (string.IsNullOrWhiteSpace(document.Replace("-", "")))
        {
            continue;
        }

        count++;
        try
        {
            var objects = KubernetesYaml.LoadAllFromString(document, strict: true);
            foreach (var o in objects)
            {
                var meta = (IKubernetesObject<V1ObjectMeta>)o;
                Console.WriteLine($"ok   {meta.Kind}/{meta.Metadata.Name} ({o.GetType().Name})");
            }
        }
        catch (Exception e)
        {
            failed++;
            Console.WriteLine($"FAIL {document.Trim().Split('\n').FirstOrDefault(l => l.StartsWith("kind:"))}: {e.GetType().Name}: {e.Message} {e.InnerException?.Message}");
        }
    }
}

Console.WriteLine($"{count} documents, {failed} failed");
return failed == 0 ? 0 : 1;
