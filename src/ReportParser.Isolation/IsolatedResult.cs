using ReportParser.Serialization;

namespace ReportParser.Isolation;

/// <summary>A result from a worker: the JSON contract as the worker wrote it, and the result read back from it.</summary>
public sealed class IsolatedResult
{
    private CheckResult? _result;

    internal IsolatedResult(string json)
    {
        Json = json;
    }

    /// <summary>The result in the JSON contract (<c>ReportJson.Serialize</c>), byte for byte what the in-process checker gives.</summary>
    public string Json { get; }

    /// <summary>The result, read from <see cref="Json"/> on first use.</summary>
    public CheckResult Result => _result ??= ReportJson.Deserialize(Json);
}
