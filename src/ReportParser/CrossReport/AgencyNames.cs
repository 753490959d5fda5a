using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportParser.CrossReport;

/// <summary>
/// Decides which printed agency names are one agency. Merges only what is safe to merge: the same name after
/// normalisation; a name without its parent regions (<c>洪泽区人民政府</c>) into the one full name that ends with it; an
/// abbreviation (<c>沭阳县发改局</c>) into the one full name of the same region that contains its characters in order and
/// ends alike; and a government office (<c>…人民政府办公室</c>) into its government only when the two never report for the
/// same year (an office may publish the government's report, but when both report in one year they are two organs).
/// A short name that fits several full names (<c>鼓楼区…</c> in two cities) is merged into none.
/// </summary>
internal static class AgencyNames
{
    private static readonly Regex Parenthetical = new(@"[（(【\[][^）)】\]]*[）)】\]]", RegexOptions.CultureInvariant);

    private static readonly Regex ShortGovernment = new(@"(?<=[省市县区旗州盟])政府", RegexOptions.CultureInvariant);

    private static readonly Regex ParentRegions = new(@"^(?:[\u4e00-\u9fff]{1,9}?(?:省|自治区|市|自治州|州|地区|盟))+$", RegexOptions.CultureInvariant);

    private static readonly Regex RegionPrefix = new(@"^(?:[\u4e00-\u9fff]{1,9}?(?:省|自治区|市|自治州|州|地区|盟|县|区|旗))+", RegexOptions.CultureInvariant);

    private static readonly Regex HasRegion = new("省|市|区|县|旗|州|盟|镇|乡|街道", RegexOptions.CultureInvariant);

    private static readonly Regex GovernmentOffice = new(@"^(?<gov>.+人民政府)办公(?:室|厅)$", RegexOptions.CultureInvariant);

    /// <summary>NFKC, no whitespace, no parentheticals or quotes, <c>…市政府</c> spelt <c>…市人民政府</c>.</summary>
    public static string Key(string name)
    {
        var text = name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (!char.IsWhiteSpace(ch) && ch is not ('《' or '》' or '“' or '”' or '"' or '\''))
            {
                builder.Append(ch);
            }
        }

        var key = Parenthetical.Replace(builder.ToString(), string.Empty);
        key = ShortGovernment.Replace(key, "人民政府").Replace("人民人民政府", "人民政府");
        return key.EndsWith("政府办", StringComparison.Ordinal) ? key + "公室" : key;
    }

    /// <summary>Groups keys: each key maps to its group's representative key. <paramref name="years"/> gives the years each key reports.</summary>
    public static Dictionary<string, string> Group(IReadOnlyDictionary<string, HashSet<int>> years)
    {
        var keys = years.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        var parent = keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);
        string Find(string k)
        {
            while (parent[k] != k)
            {
                k = parent[k] = parent[parent[k]];
            }

            return k;
        }

        void Union(string a, string b)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb)
            {
                // The longer (fuller) name represents the group.
                var aWins = ra.Length > rb.Length || (ra.Length == rb.Length && string.CompareOrdinal(ra, rb) < 0);
                if (aWins)
                {
                    parent[rb] = ra;
                }
                else
                {
                    parent[ra] = rb;
                }
            }
        }

        foreach (var shorter in keys)
        {
            var candidates = keys.Where(longer => longer != shorter && (OmitsParentRegions(shorter, longer) || Abbreviates(shorter, longer))).ToList();
            if (candidates.Count == 1)
            {
                Union(shorter, candidates[0]);
            }
        }

        // A government office and its government: one series unless both report for the same year.
        foreach (var office in keys)
        {
            var match = GovernmentOffice.Match(office);
            if (!match.Success)
            {
                continue;
            }

            var gov = match.Groups["gov"].Value;
            var governments = keys.Where(k => k == gov || OmitsParentRegions(gov, k) || OmitsParentRegions(k, gov)).Select(Find).Distinct().ToList();
            if (governments.Count != 1 || governments[0] == Find(office))
            {
                continue;
            }

            var government = governments[0];
            var officeYears = keys.Where(k => Find(k) == Find(office)).SelectMany(k => years[k]);
            var governmentYears = keys.Where(k => Find(k) == Find(government)).SelectMany(k => years[k]);
            if (!officeYears.Intersect(governmentYears).Any())
            {
                Union(office, government);
            }
        }

        return keys.ToDictionary(k => k, Find, StringComparer.Ordinal);
    }

    /// <summary><c>洪泽区人民政府</c> ← <c>淮安市洪泽区人民政府</c>: the longer adds only parent regions in front.</summary>
    internal static bool OmitsParentRegions(string shorter, string longer)
    {
        if (longer.Length <= shorter.Length || !longer.EndsWith(shorter, StringComparison.Ordinal) || !HasRegion.IsMatch(shorter))
        {
            return false;
        }

        var parents = longer.Remove(longer.Length - shorter.Length);
        return ParentRegions.IsMatch(parents);
    }

    /// <summary><c>沭阳县发改局</c> ← <c>沭阳县发展和改革局</c>: same region, same last character, the characters in order.</summary>
    internal static bool Abbreviates(string shorter, string longer)
    {
        var shortRegion = RegionPrefix.Match(shorter);
        var longRegion = RegionPrefix.Match(longer);
        if (!shortRegion.Success || !longRegion.Success || shortRegion.Value != longRegion.Value)
        {
            return false;
        }

        var a = shorter.Substring(shortRegion.Length);
        var b = longer.Substring(longRegion.Length);
        if (a.Length < 2 || a.Length >= b.Length || a[a.Length - 1] != b[b.Length - 1] || a[0] != b[0])
        {
            return false;
        }

        var j = 0;
        foreach (var ch in b)
        {
            if (j < a.Length && ch == a[j])
            {
                j++;
            }
        }

        return j == a.Length;
    }
}
