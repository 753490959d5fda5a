using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportParser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReportParser.Tests.Architecture;

/// <summary>
/// No member of the layout engine or of a reader is longer than <see cref="MaxLines"/> lines (issue #16): the code
/// that rebuilds tables from geometry and markup is read and changed most, so each step must fit on a screen. The
/// members are found by <see cref="MemberSpans"/>, a brace-matching scan of the source; the first tests show it
/// measures what it claims.
/// </summary>
public sealed class MethodLengthTests
{
    public const int MaxLines = 80;

    private static readonly string[] Folders = ["src/ReportParser/Layout", "src/ReportParser/Readers"];

    private readonly ITestOutputHelper _output;

    public MethodLengthTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void No_member_in_layout_or_readers_is_longer_than_80_lines()
    {
        var members = Folders
            .SelectMany(f => Directory.GetFiles(Path.Combine(RepositoryPaths.Root, f), "*.cs", SearchOption.AllDirectories))
            .OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(file => MemberSpans.Of(File.ReadAllText(file)).Select(m => (File: Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/'), Member: m)))
            .ToList();

        foreach (var (file, member) in members.OrderByDescending(m => m.Member.Lines).Take(10))
        {
            _output.WriteLine($"{member.Lines,4} {file}:{member.FirstLine} {member.Name}");
        }

        _output.WriteLine($"{members.Count} members in {members.Select(m => m.File).Distinct().Count()} files");
        members.Should().HaveCountGreaterThan(300, "the scan must find the members it is meant to measure");
        members.Where(m => m.Member.Lines > MaxLines)
            .Select(m => $"{m.File}:{m.Member.FirstLine} {m.Member.Name} is {m.Member.Lines} lines")
            .Should().BeEmpty("no member of Layout/ or Readers/ may be longer than {0} lines", MaxLines);
    }

    [Fact]
    public void The_scan_measures_a_method_from_its_signature_to_its_closing_brace()
    {
        var body = string.Concat(Enumerable.Repeat("        x++;\n", 78));
        var source = $$"""
            namespace N;

            /// <summary>Doc comments are not counted.</summary>
            internal static class C
            {
                /// <summary>Nor are these.</summary>
                [Obsolete("a } in an attribute")]
                public static int Long(int x)
                {
            {{body}}    }

                public static int Short(int x) =>
                    x + 1;

                private sealed class Nested
                {
                    public int P { get; } = 3;

                    public void M() { }
                }
            }
            """;

        var members = MemberSpans.Of(source);

        members.Select(m => (m.Name, m.Lines)).Should().Equal(("Long", 81), ("Short", 2), ("P", 1), ("M", 1));
        members[0].FirstLine.Should().Be(8);
    }

    [Fact]
    public void Braces_in_strings_comments_characters_and_lambdas_do_not_end_a_member()
    {
        const string source = """"
            class C
            {
                void A()
                {
                    var s = "}}}" + @"{""}" + $"{(true ? "}" : "{")} {{" + '}' + '{';
                    // }
                    /* } */
                    var raw = """
                        }
                        """;
                    Action f = () => { int Local() { return 1; } };
                }

                void B() { }
            }
            """";

        MemberSpans.Of(source).Select(m => (m.Name, m.Lines)).Should().Equal(("A", 10), ("B", 1));
    }

    [Fact]
    public void The_scan_agrees_with_known_lengths_in_the_layout_engine()
    {
        var file = Path.Combine(RepositoryPaths.Root, "src/ReportParser/Layout/Box.cs");
        var members = MemberSpans.Of(File.ReadAllText(file)).ToDictionary(m => m.Name, m => m.Lines);

        members.Should().ContainKeys("Width", "Height", "Contains", "Inflate", "Intersects", "Union");
        members["Union"].Should().Be(2);
        members["Contains"].Should().Be(1);
    }
}
