using System.Collections.Generic;
using System.Linq;

namespace ReportParser.Layout;

/// <summary>Small statistics the layout stages share.</summary>
internal static class LayoutMath
{
    /// <summary>The median (upper middle for an even count), or <see cref="LayoutTolerances.FallbackTableSize"/> for none.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? LayoutTolerances.FallbackTableSize : sorted[sorted.Count / 2];
    }
}
