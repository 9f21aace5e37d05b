using System.Collections.Generic;
using Kurator.Sdk.Policy.Engine;

namespace Kurator.Sdk.Policy.Kyverno.Patterns;

/// <summary>
/// Matches a compiled pattern against a resource read through <see cref="IPolicyNode{TNode}"/>, with Kyverno's
/// semantics (<c>validate.pattern</c>): anchors, list rules, scalar operators, skip propagation. A node the front end
/// cannot see (<see cref="PolicyNodeKind.Unknown"/>, <see cref="PolicyNodeKind.Unseen"/>) is never judged: where it
/// decides the outcome the result is <see cref="MatchStatus.Unknown"/>.
/// </summary>
/// <typeparam name="TNode">The front end's node type.</typeparam>
internal sealed class PatternMatcher<TNode>
    where TNode : class, IPolicyNode<TNode>
{
    private readonly PatternVariableResolver? _variables;

    // Kyverno's anchor map: for each conditional/existence/negation anchor key met, whether any resource map had it.
    // Kept only on a second run after a failure (failures are rare; passes allocate nothing for it).
    private readonly Dictionary<string, bool>? _anchorKeysSeen;

    private PatternMatcher(PatternVariableResolver? variables, bool trackAnchorKeys)
    {
        _variables = variables;
        _anchorKeysSeen = trackAnchorKeys ? new Dictionary<string, bool>() : null;
    }

    /// <summary>Matches one pattern against one resource (null: no resource).</summary>
    public static MatchResult Match(PatternElement pattern, TNode? resource, PatternVariableResolver? variables = null)
    {
        var result = new PatternMatcher<TNode>(variables, trackAnchorKeys: false).Element(pattern, resource);
        if (result.Status != MatchStatus.Fail || IsNegationFailure(result) || !pattern.HasAnchors)
        {
            return result;
        }

        // Kyverno turns a plain failure into an error when an anchor key of the pattern was absent from every map it
        // was looked for in (the pattern did not fit the resource's shape); negation failures stay failures. The
        // same deterministic walk again, now noting anchor keys, tells.
        var tracking = new PatternMatcher<TNode>(variables, trackAnchorKeys: true);
        tracking.Element(pattern, resource);
        if (tracking.AnchorKeyMissing())
        {
            return new MatchResult(MatchStatus.Error, null, result.Detail + " at " + result.KyvernoPath + " (an anchor key of the pattern is absent from the resource)", isPathlessFailure: true);
        }

        return result;
    }

    private static bool IsNegationFailure(MatchResult result) => result.Detail == Details.NotAllowed;

    private bool AnchorKeyMissing()
    {
        if (_anchorKeysSeen is null)
        {
            return false;
        }

        foreach (var seen in _anchorKeysSeen.Values)
        {
            if (!seen)
            {
                return true;
            }
        }

        return false;
    }

    private MatchResult Element(PatternElement pattern, TNode? node)
    {
        switch (pattern)
        {
            case OpaqueElement opaque:
                return opaque.IsUnknown ? MatchResult.Unknown(opaque.Reason) : MatchResult.Error(opaque.Reason);
            case VariableElement variable:
                return Resolve(variable, out var resolved, out var error) ? Element(resolved!, node) : MatchResult.Error(error!);
        }

        if (node is not null && IsHidden(node))
        {
            return MatchResult.Unknown(Details.NotVisible);
        }

        switch (pattern)
        {
            case MapElement map:
                return node is not null && node.Kind == PolicyNodeKind.Object ? Map(map, node) : MatchResult.Fail(Details.ExpectedMap);
            case ListElement list:
                return node is not null && node.Kind == PolicyNodeKind.List ? List(list, node) : MatchResult.Fail(Details.ExpectedList);
            case ValueElement value:
                return Value(value.Value, node);
            default:
                return MatchResult.Error("unsupported pattern element");
        }
    }

    private MatchResult Map(MapElement map, TNode node)
    {
        NoteAnchorKeys(map, node);
        MatchResult? unknown = null;
        foreach (var entry in map.Entries)
        {
            var result = Entry(map, entry, node);
            switch (result.Status)
            {
                case MatchStatus.Pass:
                    continue;
                case MatchStatus.Unknown:
                    if (entry.Key.IsConditional || entry.Value.CanSkip)
                    {
                        return result;
                    }

                    unknown ??= result;
                    continue;
                case MatchStatus.Skip:
                    // An unseen value before this may have failed instead.
                    return unknown ?? result;
                default:
                    return result;
            }
        }

        return unknown ?? MatchResult.Pass;
    }

    private MatchResult Entry(MapElement map, MapEntry entry, TNode node)
    {
        var name = map.ExpandsWildcardKeys && entry.KeyWildcard is not null ? ExpandKey(entry.KeyWildcard, node) : entry.Key.Name;
        var child = node.Field(name);
        switch (entry.Key.Anchor)
        {
            case AnchorKind.AddIfNotPresent:
                return MatchResult.Pass;

            case AnchorKind.Condition:
                {
                    if (child is null)
                    {
                        return MatchResult.Skip(Details.ConditionKeyMissing).Under(name);
                    }

                    var result = Element(entry.Value, child).Under(name);
                    return result.Status == MatchStatus.Fail ? result.AsSkip("conditional anchor mismatch") : result;
                }

            case AnchorKind.Global:
                {
                    if (child is null)
                    {
                        return MatchResult.Pass;
                    }

                    var result = Element(entry.Value, child).Under(name);
                    return result.Status == MatchStatus.Fail ? result.AsSkip("global anchor mismatch") : result;
                }

            case AnchorKind.Equality:
                return child is null ? MatchResult.Pass : Element(entry.Value, child).Under(name);

            case AnchorKind.Existence:
                return child is null ? MatchResult.Pass : Existence(entry.Value, child).Under(name);

            case AnchorKind.Negation:
                if (child is null)
                {
                    return MatchResult.Pass;
                }

                return child.Kind == PolicyNodeKind.Unseen
                    ? MatchResult.Unknown(Details.NotVisible).Under(name)
                    : new MatchResult(MatchStatus.Fail, null, Details.NotAllowed).Under(name);

            default:
                if (entry.Value is ValueElement value && value.Value.IsPresenceWildcard)
                {
                    // "*" on a field: present and not null, whatever its value.
                    if (child is not null && child.Kind == PolicyNodeKind.Unseen)
                    {
                        return MatchResult.Unknown(Details.NotVisible).Under(name);
                    }

                    return child is null || child.Kind == PolicyNodeKind.Unset
                        ? new MatchResult(MatchStatus.Fail, null, Details.Required, kyvernoPathAtParent: true).Under(name)
                        : MatchResult.Pass;
                }

                return Element(entry.Value, child).Under(name);
        }
    }

    private MatchResult Existence(PatternElement pattern, TNode node)
    {
        if (IsHidden(node))
        {
            return MatchResult.Unknown(Details.NotVisible);
        }

        if (node.Kind != PolicyNodeKind.List)
        {
            return MatchResult.Fail("the existence anchor ^() applies only to lists");
        }

        if (pattern is not ListElement list)
        {
            return MatchResult.Fail("an existence anchor's pattern must be a list");
        }

        foreach (var item in list.Items)
        {
            if (item is not MapElement)
            {
                return MatchResult.Fail("an existence anchor's pattern items must be maps");
            }

            var found = false;
            var unknown = node.IsOpen;
            foreach (var resourceItem in node.Items())
            {
                var result = Element(item, resourceItem);
                if (result.IsPass)
                {
                    found = true;
                    break;
                }

                unknown |= result.Status == MatchStatus.Unknown;
            }

            if (!found)
            {
                return unknown ? MatchResult.Unknown(Details.NotVisible) : MatchResult.Fail("no item matches the existence anchor's pattern");
            }
        }

        return MatchResult.Pass;
    }

    private MatchResult List(ListElement list, TNode node)
    {
        if (list.Shape == ListShape.Empty)
        {
            return MatchResult.Fail("the pattern list is empty");
        }

        var first = list.Items[0];
        if (first is VariableElement variable)
        {
            if (!Resolve(variable, out var resolved, out var error))
            {
                return MatchResult.Error(error!);
            }

            first = resolved!;
        }

        switch (first)
        {
            case MapElement:
                return EachItem(first, node);
            case ListElement:
                return Positional(list, node);
            case ValueElement value:
                return Value(value.Value, node);
            default:
                return Element(first, node);
        }
    }

    private MatchResult EachItem(PatternElement itemPattern, TNode node)
    {
        int applied = 0, index = 0;
        MatchResult? skipped = null;
        MatchResult? unknown = null;
        foreach (var item in node.Items())
        {
            var result = Element(itemPattern, item).Under(index++);
            switch (result.Status)
            {
                case MatchStatus.Pass:
                    applied++;
                    break;
                case MatchStatus.Skip:
                    skipped ??= result;
                    break;
                case MatchStatus.Unknown:
                    unknown ??= result;
                    break;
                default:
                    return result;
            }
        }

        if (unknown is not null)
        {
            return unknown.Value;
        }

        if (node.IsOpen)
        {
            return MatchResult.Unknown(Details.NotVisible);
        }

        // Every item skipped: the list as a whole does not apply (reported at the list).
        return applied == 0 && skipped is not null ? MatchResult.Skip(skipped.Value.Detail!) : MatchResult.Pass;
    }

    private MatchResult Positional(ListElement list, TNode node)
    {
        var items = new List<TNode>(node.Items());
        if (items.Count < list.Items.Count && !node.IsOpen)
        {
            return MatchResult.Error("the resource list is shorter than the pattern list");
        }

        int applied = 0;
        MatchResult? skipped = null;
        MatchResult? unknown = null;
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (i >= items.Count)
            {
                return MatchResult.Unknown(Details.NotVisible);
            }

            var result = Element(list.Items[i], items[i]).Under(i);
            switch (result.Status)
            {
                case MatchStatus.Pass:
                    applied++;
                    break;
                case MatchStatus.Skip:
                    skipped ??= result;
                    break;
                case MatchStatus.Unknown:
                    unknown ??= result;
                    break;
                default:
                    return result;
            }
        }

        if (unknown is not null)
        {
            return unknown.Value;
        }

        return applied == 0 && skipped is not null ? MatchResult.Skip(skipped.Value.Detail!) : MatchResult.Pass;
    }

    private MatchResult Value(ValuePattern pattern, TNode? node)
    {
        if (node is null || node.Kind == PolicyNodeKind.Unset)
        {
            return pattern.Matches(Scalar.Null) ? MatchResult.Pass : MatchResult.Fail(Details.Mismatch(pattern));
        }

        switch (node.Kind)
        {
            case PolicyNodeKind.Scalar:
                var scalar = ScalarOf(node);
                if (scalar is null)
                {
                    return MatchResult.Unknown(Details.NotVisible);
                }

                return pattern.Matches(scalar.Value) ? MatchResult.Pass : MatchResult.Fail(Details.Mismatch(pattern));

            case PolicyNodeKind.List:
                // A scalar pattern against a list: every item must match (reported at the list, as Kyverno does).
                var unknown = node.IsOpen;
                foreach (var item in node.Items())
                {
                    if (IsHidden(item))
                    {
                        unknown = true;
                        continue;
                    }

                    var itemScalar = item.Kind == PolicyNodeKind.Unset ? Scalar.Null : item.Kind == PolicyNodeKind.Scalar ? ScalarOf(item) : null;
                    if (item.Kind == PolicyNodeKind.Scalar && itemScalar is null)
                    {
                        unknown = true;
                        continue;
                    }

                    if (itemScalar is null || !pattern.Matches(itemScalar.Value))
                    {
                        return MatchResult.Fail(Details.Mismatch(pattern));
                    }
                }

                return unknown ? MatchResult.Unknown(Details.NotVisible) : MatchResult.Pass;

            default:
                // A map never matches a scalar pattern.
                return MatchResult.Fail(Details.Mismatch(pattern));
        }
    }

    private bool Resolve(VariableElement variable, out PatternElement? element, out string? error)
    {
        element = null;
        error = null;
        if (_variables is null)
        {
            error = "the pattern uses variables (" + variable.Template + ") and no variable resolver was given";
            return false;
        }

        if (variable.IsWholeVariable)
        {
            if (!_variables(variable.Parts[0].Text, out var whole))
            {
                error = "variable {{" + variable.Parts[0].Text + "}} could not be resolved";
                return false;
            }

            element = whole.Element;
            return true;
        }

        var text = new System.Text.StringBuilder();
        foreach (var part in variable.Parts)
        {
            if (!part.IsVariable)
            {
                text.Append(part.Text);
                continue;
            }

            if (!_variables(part.Text, out var value))
            {
                error = "variable {{" + part.Text + "}} could not be resolved";
                return false;
            }

            text.Append(value.Text);
        }

        element = PatternCompiler.CompileString(text.ToString(), allowVariables: false);
        return true;
    }

    private void NoteAnchorKeys(MapElement map, TNode node)
    {
        if (_anchorKeysSeen is null)
        {
            return;
        }

        foreach (var entry in map.Entries)
        {
            var anchor = entry.Key.Anchor;
            if (anchor != AnchorKind.Condition && anchor != AnchorKind.Existence && anchor != AnchorKind.Negation)
            {
                continue;
            }

            _anchorKeysSeen.TryGetValue(entry.RawKey, out var seen);
            _anchorKeysSeen[entry.RawKey] = seen || node.Field(entry.Key.Name) is not null;
        }
    }

    private static string ExpandKey(Wildcard key, TNode node)
    {
        foreach (var field in node.Fields())
        {
            if (key.Matches(field.Key))
            {
                return field.Key;
            }
        }

        return key.Pattern;
    }

    private static bool IsHidden(TNode node) => node.Kind == PolicyNodeKind.Unknown || node.Kind == PolicyNodeKind.Unseen;

    private static Scalar? ScalarOf(TNode node)
    {
        var text = node.Text;
        if (text is null)
        {
            return null;
        }

        return node.IsString ? Scalar.String(text) : Scalar.FromJsonText(text);
    }

    private static class Details
    {
        public const string NotVisible = "the value is not known here";
        public const string ExpectedMap = "pattern and resource have different structures: expected a map";
        public const string ExpectedList = "pattern and resource have different structures: expected a list";
        public const string NotAllowed = "the field is not allowed (negation anchor)";
        public const string Required = "the field is required";
        public const string ConditionKeyMissing = "conditional anchor key doesn't exist in the resource";

        public static string Mismatch(ValuePattern pattern) => "the value does not match '" + pattern.Text + "'";
    }
}
