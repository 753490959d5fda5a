using System.Linq;
using ReportParser.Spec;

namespace ReportParser.Recognition;

/// <summary>Which standard table a table looks like, by counting each table's label anchors in its text (spec §8.5).</summary>
internal static class TableClassifier
{
    /// <summary>Minimum anchors for a table to count as a standard table.</summary>
    private const int Threshold = 3;

    public static StandardTable? Classify(TableView view)
    {
        var text = view.AllText;
        var best = StandardTable.All.Select(t => (Table: t, Count: t.ClassifierAnchors.Count(text.Contains))).OrderByDescending(x => x.Count).First();
        return best.Count >= Threshold ? best.Table : null;
    }
}
