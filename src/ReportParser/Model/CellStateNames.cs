namespace ReportParser.Model;

/// <summary>The JSON contract's names of the cell states, used in messages and in the serializer alike.</summary>
internal static class CellStateNames
{
    /// <summary><c>read</c>, <c>blank</c>, <c>not-found</c>, <c>ambiguous</c>, <c>doubtful</c> or <c>clipped</c>.</summary>
    public static string Name(this CellState state) => state switch
    {
        CellState.Read => "read",
        CellState.Blank => "blank",
        CellState.NotFound => "not-found",
        CellState.Ambiguous => "ambiguous",
        CellState.Doubtful => "doubtful",
        _ => "clipped",
    };

    /// <summary>The state named <paramref name="name"/>, or null for an unknown name.</summary>
    public static CellState? Parse(string? name) => name switch
    {
        "read" => CellState.Read,
        "blank" => CellState.Blank,
        "not-found" => CellState.NotFound,
        "ambiguous" => CellState.Ambiguous,
        "doubtful" => CellState.Doubtful,
        "clipped" => CellState.Clipped,
        _ => null,
    };
}
