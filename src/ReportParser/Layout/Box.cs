using System;

namespace ReportParser.Layout;

/// <summary>An axis-aligned rectangle in page coordinates (points, y upwards).</summary>
internal readonly record struct Box(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;

    public double Height => Top - Bottom;

    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Bottom && y <= Top;

    public Box Inflate(double by) => new(Left - by, Bottom - by, Right + by, Top + by);

    public bool Intersects(Box other) => Left < other.Right && other.Left < Right && Bottom < other.Top && other.Bottom < Top;

    public static Box Union(Box a, Box b) =>
        new(Math.Min(a.Left, b.Left), Math.Min(a.Bottom, b.Bottom), Math.Max(a.Right, b.Right), Math.Max(a.Top, b.Top));
}
