using System.Security.Cryptography;
using System.Text;

namespace GrainFlow.Model.Spec;

/// <summary>
/// A stable fingerprint of a job spec: the lowercase hex SHA-256 of its canonical JSON. Checkpoint metadata records
/// it, so a restore can tell whether it resumes the very job that wrote the checkpoint.
/// </summary>
public static class JobSpecHash
{
    public static string Compute(JobSpec spec) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JobSpecJson.Serialize(spec))));
}
