using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportParser.Tests.Infrastructure;

/// <summary>
/// The members of the types in a C# source file and the lines they span, found by matching braces (no Roslyn: the
/// test project does not reference it). Comments, strings (regular, verbatim, interpolated with nested holes, raw) and
/// character literals are blanked first, so braces inside them do not count. A member is whatever a type body holds
/// between two declarations and that ends with a brace block (methods, constructors, properties with accessors,
/// operators, collection initializers of fields) or is expression-bodied (<c>=&gt; …;</c>); lambdas and local
/// functions count with the member that holds them. A member starts at its first line of code after any attributes
/// (XML doc comments are not counted) and ends at its closing brace or semicolon.
/// </summary>
public static partial class MemberSpans
{
    public sealed record Member(string Name, int FirstLine, int LastLine)
    {
        public int Lines => LastLine - FirstLine + 1;
    }

    private enum Frame
    {
        Container,
        Member,
        Block,
    }

    public static List<Member> Of(string source)
    {
        var code = Blank(source);
        var members = new List<Member>();
        var stack = new Stack<(Frame Kind, int Start, string Header)>();
        var headerStart = -1;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            var memberLevel = stack.Count == 0 || stack.Peek().Kind == Frame.Container;
            if (memberLevel && headerStart < 0 && !char.IsWhiteSpace(c) && c is not ('{' or '}' or ';'))
            {
                if (c == '[')
                {
                    i = Matching(code, i, '[', ']'); // an attribute: not part of the member's lines
                    continue;
                }

                headerStart = i;
            }

            switch (c)
            {
                case '{':
                    if (memberLevel)
                    {
                        var header = headerStart < 0 ? string.Empty : code.Substring(headerStart, i - headerStart);
                        stack.Push((TypeDeclaration().IsMatch(header) ? Frame.Container : Frame.Member, headerStart < 0 ? i : headerStart, header));
                        headerStart = -1;
                    }
                    else
                    {
                        stack.Push((Frame.Block, i, string.Empty));
                    }

                    break;
                case '}':
                    if (stack.Count == 0)
                    {
                        throw new FormatException("Unbalanced '}' at line " + LineOf(code, i));
                    }

                    var (kind, start, text) = stack.Pop();
                    if (kind == Frame.Member)
                    {
                        members.Add(new Member(NameOf(text), LineOf(code, start), LineOf(code, i)));
                    }

                    if (stack.Count == 0 || stack.Peek().Kind == Frame.Container)
                    {
                        headerStart = -1;
                    }

                    break;
                case ';' when memberLevel:
                    if (headerStart >= 0)
                    {
                        var header = code.Substring(headerStart, i - headerStart);
                        if (header.Contains("=>", StringComparison.Ordinal))
                        {
                            members.Add(new Member(NameOf(header), LineOf(code, headerStart), LineOf(code, i)));
                        }
                    }

                    headerStart = -1;
                    break;
            }
        }

        if (stack.Count != 0)
        {
            throw new FormatException("Unbalanced '{': " + stack.Count + " left open");
        }

        return members;
    }

    [GeneratedRegex(@"\b(class|struct|interface|enum|record|namespace)\s+@?[A-Za-z_]")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"(@?[A-Za-z_][A-Za-z0-9_]*)\s*(?:<[^()]*>)?\s*\(")]
    private static partial Regex CallLike();

    [GeneratedRegex(@"@?[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();

    /// <summary>A method's name is the identifier before its parameter list; a property's, its last identifier.</summary>
    private static string NameOf(string header)
    {
        var beforeArrow = header.Split("=>", 2)[0];
        var call = CallLike().Match(beforeArrow);
        if (call.Success)
        {
            return call.Groups[1].Value;
        }

        var names = Identifier().Matches(beforeArrow);
        return names.Count > 0 ? names[^1].Value : "?";
    }

    private static int LineOf(string code, int index)
    {
        var line = 1;
        for (var i = 0; i < index; i++)
        {
            if (code[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    private static int Matching(string code, int open, char opening, char closing)
    {
        var depth = 0;
        for (var i = open; i < code.Length; i++)
        {
            if (code[i] == opening)
            {
                depth++;
            }
            else if (code[i] == closing && --depth == 0)
            {
                return i;
            }
        }

        return code.Length - 1;
    }

    /// <summary>The source with comments, strings and character literals replaced by spaces (line breaks kept).</summary>
    public static string Blank(string source)
    {
        var output = new StringBuilder(source);
        var i = 0;
        while (i < source.Length)
        {
            var end = NonCodeEnd(source, i);
            if (end == i)
            {
                i++;
                continue;
            }

            for (var k = i; k < end; k++)
            {
                if (source[k] != '\n')
                {
                    output[k] = ' ';
                }
            }

            i = end;
        }

        return output.ToString();
    }

    /// <summary>The end of a comment, string or character literal starting at <paramref name="i"/>, or <paramref name="i"/> when none starts there.</summary>
    private static int NonCodeEnd(string s, int i)
    {
        if (At(s, i, "//"))
        {
            var end = s.IndexOf('\n', i);
            return end < 0 ? s.Length : end;
        }

        if (At(s, i, "/*"))
        {
            var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
            return end < 0 ? s.Length : end + 2;
        }

        if (s[i] == '\'')
        {
            var k = i + 1;
            while (k < s.Length && s[k] != '\'' && s[k] != '\n')
            {
                k += s[k] == '\\' ? 2 : 1;
            }

            return Math.Min(k + 1, s.Length);
        }

        var prefix = 0;
        var verbatim = false;
        var interpolated = false;
        while (i + prefix < s.Length && s[i + prefix] is '$' or '@')
        {
            verbatim |= s[i + prefix] == '@';
            interpolated |= s[i + prefix] == '$';
            prefix++;
        }

        if (i + prefix >= s.Length || s[i + prefix] != '"')
        {
            return i;
        }

        return StringEnd(s, i + prefix, verbatim, interpolated);
    }

    private static int StringEnd(string s, int quote, bool verbatim, bool interpolated)
    {
        if (At(s, quote, "\"\"\""))
        {
            var quotes = 0;
            while (quote + quotes < s.Length && s[quote + quotes] == '"')
            {
                quotes++;
            }

            var close = s.IndexOf(new string('"', quotes), quote + quotes, StringComparison.Ordinal);
            return close < 0 ? s.Length : close + quotes;
        }

        var k = quote + 1;
        while (k < s.Length)
        {
            var c = s[k];
            if ((!verbatim && c == '\\') || (c == '"' && verbatim && At(s, k, "\"\"")) || (interpolated && At(s, k, "{{")))
            {
                k += 2;
            }
            else if (c == '"')
            {
                return k + 1;
            }
            else
            {
                k = interpolated && c == '{' ? HoleEnd(s, k + 1) + 1 : k + 1;
            }
        }

        return s.Length;
    }

    /// <summary>The closing brace of an interpolation hole that starts at <paramref name="i"/> (code, with its own strings and braces).</summary>
    private static int HoleEnd(string s, int i)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var end = NonCodeEnd(s, i);
            if (end > i)
            {
                i = end;
                continue;
            }

            if (s[i] == '{')
            {
                depth++;
            }
            else if (s[i] == '}' && depth-- == 0)
            {
                return i;
            }

            i++;
        }

        return s.Length;
    }

    private static bool At(string s, int i, string text) => string.CompareOrdinal(s, i, text, 0, text.Length) == 0;
}
