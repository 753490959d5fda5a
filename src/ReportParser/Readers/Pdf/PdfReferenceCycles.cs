using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace ReportParser.Readers.Pdf;

/// <summary>A reference cycle found before PdfPig follows it: where (a page, or 0 for the page tree) and the chain of objects.</summary>
internal sealed record PdfCycle(int Page, string Where, string Chain);

/// <summary>
/// Finds the reference cycles that send PdfPig 0.1.16 into unbounded recursion (a stack overflow, which no catch can
/// stop) before any page is read, walking PdfPig's low-level tokens without recursion: an indirect object that is
/// only a reference back to itself (<c>4 0 obj 4 0 R endobj</c>) or to a chain that returns, a page tree whose
/// <c>/Kids</c> lead back to an ancestor, and form XObjects, patterns or Type 3 fonts whose <c>/Resources</c> lead back
/// to themselves. Every object is resolved at most once, so the walk is linear in the size of the file.
/// </summary>
internal sealed class PdfReferenceCycles
{
    private static readonly string[] ResourceKinds = ["XObject", "Pattern", "Font"];

    private readonly IPdfTokenScanner _scanner;
    private readonly CancellationToken _token;
    private readonly Dictionary<IndirectReference, IToken?> _resolved = [];
    private readonly HashSet<IndirectReference> _walked = [];
    private readonly HashSet<IndirectReference> _resourceOwnersDone = [];
    private PdfCycle? _found;

    private PdfReferenceCycles(IPdfTokenScanner scanner, CancellationToken token)
    {
        _scanner = scanner;
        _token = token;
    }

    /// <summary>The first cycle in the page tree or reachable from a page (in page order), or null.</summary>
    public static PdfCycle? Find(PdfDocument document, CancellationToken token)
    {
        var finder = new PdfReferenceCycles(document.Structure.TokenScanner, token);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        if (!catalog.Data.TryGetValue(NameToken.Pages.Data, out var pages))
        {
            return null;
        }

        finder.WalkPageTree(pages);
        return finder._found;
    }

    /// <summary>Depth-first over <c>/Kids</c> with an explicit stack; a kid that is still open is a page-tree cycle.</summary>
    private void WalkPageTree(IToken root)
    {
        var open = new HashSet<IndirectReference>();
        var done = new HashSet<IndirectReference>();
        var stack = new Stack<(IToken Node, IndirectReference? Exit)>();
        stack.Push((root, null));
        var page = 0;
        while (stack.Count > 0 && _found is null)
        {
            _token.ThrowIfCancellationRequested();
            var (node, exit) = stack.Pop();
            if (exit is { } finished)
            {
                open.Remove(finished);
                done.Add(finished);
                continue;
            }

            if (node is IndirectReferenceToken reference)
            {
                if (open.Contains(reference.Data))
                {
                    _found = new PdfCycle(0, "/Kids", Name(reference.Data) + " → " + Name(reference.Data));
                    return;
                }

                if (done.Contains(reference.Data))
                {
                    continue;
                }

                open.Add(reference.Data);
                stack.Push((node, reference.Data));
            }

            if (Resolve(node, page + 1, "/Kids") is not DictionaryToken dictionary)
            {
                continue;
            }

            var isPage = !dictionary.Data.ContainsKey(NameToken.Kids.Data);
            page += isPage ? 1 : 0;
            CheckNode(dictionary, isPage ? page : page + 1);
            if (!isPage && Resolve(dictionary.Data[NameToken.Kids.Data], page + 1, "/Kids") is ArrayToken kids)
            {
                for (var i = kids.Data.Count - 1; i >= 0; i--)
                {
                    stack.Push((kids.Data[i], null));
                }
            }
        }
    }

    /// <summary>Every value of a page or page-tree node but its <c>/Kids</c> and <c>/Parent</c>: alias chains, then resource cycles.</summary>
    private void CheckNode(DictionaryToken node, int page)
    {
        foreach (var entry in node.Data)
        {
            if (_found is not null)
            {
                return;
            }

            if (entry.Key == NameToken.Kids.Data || entry.Key == NameToken.Parent.Data)
            {
                continue;
            }

            Walk(entry.Value, page, "/" + entry.Key);
        }

        if (_found is null && node.Data.TryGetValue(NameToken.Resources.Data, out var resources))
        {
            CheckResources(resources, page);
        }
    }

    /// <summary>Every token reachable from <paramref name="start"/> (not into other pages), each indirect object resolved once.</summary>
    private void Walk(IToken start, int page, string where)
    {
        var stack = new Stack<IToken>();
        stack.Push(start);
        while (stack.Count > 0 && _found is null)
        {
            _token.ThrowIfCancellationRequested();
            var token = stack.Pop();
            if (token is IndirectReferenceToken reference)
            {
                if (!_walked.Add(reference.Data))
                {
                    continue;
                }

                token = Resolve(token, page, where);
            }

            switch (token)
            {
                case DictionaryToken dictionary when !IsPageNode(dictionary):
                    PushValues(stack, dictionary);
                    break;
                case StreamToken stream:
                    PushValues(stack, stream.StreamDictionary);
                    break;
                case ArrayToken array:
                    foreach (var item in array.Data)
                    {
                        stack.Push(item);
                    }

                    break;
            }
        }
    }

    private static void PushValues(Stack<IToken> stack, DictionaryToken dictionary)
    {
        foreach (var entry in dictionary.Data)
        {
            if (entry.Key != NameToken.Parent.Data)
            {
                stack.Push(entry.Value);
            }
        }
    }

    private static bool IsPageNode(DictionaryToken dictionary) =>
        dictionary.Data.TryGetValue(NameToken.Type.Data, out var type) && type is NameToken name && (name.Data == NameToken.Page.Data || name.Data == NameToken.Pages.Data);

    /// <summary>
    /// The objects that carry their own <c>/Resources</c> (form XObjects, tiling patterns, Type 3 fonts) form a graph;
    /// PdfPig follows it when a content stream paints them, so a path back to an open owner is a cycle.
    /// </summary>
    private void CheckResources(IToken pageResources, int page)
    {
        var open = new HashSet<IndirectReference>();
        var stack = new Stack<(IToken Resources, IndirectReference? Exit, string Path)>();
        stack.Push((pageResources, null, "/Resources"));
        while (stack.Count > 0 && _found is null)
        {
            _token.ThrowIfCancellationRequested();
            var (resources, exit, path) = stack.Pop();
            if (exit is { } finished)
            {
                open.Remove(finished);
                _resourceOwnersDone.Add(finished);
                continue;
            }

            foreach (var owner in Owners(resources, page))
            {
                if (open.Contains(owner.Reference))
                {
                    _found = new PdfCycle(page, "/Resources", path + " → " + Name(owner.Reference));
                    return;
                }

                if (_resourceOwnersDone.Contains(owner.Reference) || owner.Resources is null)
                {
                    continue;
                }

                open.Add(owner.Reference);
                stack.Push((owner.Resources, owner.Reference, path));
                stack.Push((owner.Resources, null, path + " → " + Name(owner.Reference)));
            }
        }
    }

    /// <summary>The indirect objects named in a resource dictionary's /XObject, /Pattern and /Font, with their own /Resources.</summary>
    private IEnumerable<(IndirectReference Reference, IToken? Resources)> Owners(IToken resources, int page)
    {
        if (Resolve(resources, page, "/Resources") is not DictionaryToken dictionary)
        {
            yield break;
        }

        foreach (var kind in ResourceKinds)
        {
            if (!dictionary.Data.TryGetValue(kind, out var category) || Resolve(category, page, "/Resources") is not DictionaryToken named)
            {
                continue;
            }

            foreach (var value in named.Data.Values)
            {
                if (value is not IndirectReferenceToken reference)
                {
                    continue;
                }

                var target = Resolve(value, page, "/Resources") switch
                {
                    StreamToken stream => stream.StreamDictionary,
                    DictionaryToken plain => plain,
                    _ => null,
                };
                yield return (reference.Data, target is not null && target.Data.TryGetValue(NameToken.Resources.Data, out var own) ? own : null);
            }
        }
    }

    /// <summary>
    /// The object a token stands for, following a chain of references (an indirect object whose value is itself a
    /// reference) with a visited set; a chain that returns is recorded as the cycle and gives null.
    /// </summary>
    private IToken? Resolve(IToken start, int page, string where)
    {
        List<IndirectReference>? chain = null;
        var token = (IToken?)start;
        while (token is IndirectReferenceToken reference)
        {
            if (_resolved.TryGetValue(reference.Data, out var known))
            {
                return known;
            }

            chain ??= [];
            if (chain.Contains(reference.Data))
            {
                chain.Add(reference.Data);
                _found ??= new PdfCycle(page, where, string.Join(" → ", chain.Select(Name)));
                return null;
            }

            chain.Add(reference.Data);
            token = Get(reference.Data);
        }

        foreach (var link in chain ?? [])
        {
            _resolved[link] = token;
        }

        return token;
    }

    private IToken? Get(IndirectReference reference)
    {
        try
        {
            return _scanner.Get(reference)?.Data;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            // A damaged object is PdfPig's to report when (if) it is used; it cannot be part of a cycle.
            return null;
        }
    }

    private static string Name(IndirectReference reference) =>
        reference.ObjectNumber.ToString(CultureInfo.InvariantCulture) + " " + reference.Generation.ToString(CultureInfo.InvariantCulture) + " R";
}
