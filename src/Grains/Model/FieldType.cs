namespace GrainFlow.Model;

/// <summary>The type of one column of a <see cref="RecordBatch"/>; JSON's scalars, with integers kept exact.</summary>
public enum FieldType : byte
{
    Int64 = 0,
    Double = 1,
    String = 2,
    Boolean = 3,
}
