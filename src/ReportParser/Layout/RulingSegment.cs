namespace ReportParser.Layout;

/// <summary>
/// A horizontal or vertical table border: a stroked line or a thin filled rectangle. <see cref="Position"/> is the y of
/// a horizontal segment or the x of a vertical one; <see cref="Start"/> &lt; <see cref="End"/> run along the other axis.
/// </summary>
internal readonly record struct RulingSegment(bool Horizontal, double Position, double Start, double End)
{
    public double Length => End - Start;

    public static RulingSegment Create(bool horizontal, double position, double a, double b) =>
        a <= b ? new(horizontal, position, a, b) : new(horizontal, position, b, a);
}
