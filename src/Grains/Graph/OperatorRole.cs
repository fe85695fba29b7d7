namespace GrainFlow.Graph;

/// <summary>Where an operator type may stand in a dataflow; the catalog declares it for each type.</summary>
public enum OperatorRole
{
    /// <summary>Has no inputs; reads the outside world and can be rewound to a checkpointed offset.</summary>
    Source = 0,

    /// <summary>Has inputs and outputs.</summary>
    Transform = 1,

    /// <summary>Has inputs and no outputs: no operator may consume from it.</summary>
    Sink = 2,
}
