using GrainFlow.Graph;
using GrainFlow.Model.Spec;

namespace GrainFlow.Tests.Graph;

/// <summary>
/// A small catalog of the design's sample types for validation tests: <c>generator</c> (source, needs a non-negative
/// integer <c>count</c> when given), <c>keyedSum</c> (transform, needs a string <c>field</c>), <c>map</c>
/// (transform, no config) and <c>fileSink</c> (sink, needs a string <c>path</c>).
/// </summary>
internal sealed class FakeOperatorCatalog : IOperatorCatalog
{
    public static readonly FakeOperatorCatalog Instance = new();

    private static readonly Dictionary<string, OperatorRole> Roles = new()
    {
        ["generator"] = OperatorRole.Source,
        ["keyedSum"] = OperatorRole.Transform,
        ["map"] = OperatorRole.Transform,
        ["fileSink"] = OperatorRole.Sink,
    };

    public bool TryGetRole(string type, out OperatorRole role) => Roles.TryGetValue(type, out role);

    public IEnumerable<SpecError> ValidateConfig(OperatorSpec op, string fieldPath)
    {
        switch (op.Type)
        {
            case "generator" when op.Config.Has("count") && op.Config.GetInt64("count", 0) < 0:
                yield return new SpecError($"{fieldPath}.count", "must not be negative");
                break;
            case "keyedSum" when op.Config.KindOf("field") != System.Text.Json.JsonValueKind.String:
                yield return new SpecError($"{fieldPath}.field", "is required and must be a string");
                break;
            case "fileSink" when op.Config.KindOf("path") != System.Text.Json.JsonValueKind.String:
                yield return new SpecError($"{fieldPath}.path", "is required and must be a string");
                break;
        }
    }
}
