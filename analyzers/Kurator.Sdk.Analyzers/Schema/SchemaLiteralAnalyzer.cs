using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kurator.Sdk.Analyzers.Schema;

/// <summary>
/// Constants written to generated properties (initializers, assignments, <c>WithX</c> builders) checked against the
/// schema facts the generator put in <c>[KubeProperty]</c>: pattern (KSDK2001), length (KSDK2002), range (KSDK2003).
/// Implicit conversions are looked through, so <c>Interval = "5 minutes"</c> (string to Duration) is checked.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SchemaLiteralAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(SchemaDescriptors.Pattern, SchemaDescriptors.Length, SchemaDescriptors.Range, SchemaDescriptors.Enum);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = SharedTrees.Symbols(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            var regexes = new ConcurrentDictionary<string, Regex?>(StringComparer.Ordinal);
            start.RegisterOperationAction(
                c =>
                {
                    var assignment = (ISimpleAssignmentOperation)c.Operation;
                    if (assignment.Target is IPropertyReferenceOperation property && symbols.Properties.Get(property.Property) is { } info)
                    {
                        Check(info, assignment.Value, regexes, c.ReportDiagnostic);
                    }
                },
                OperationKind.SimpleAssignment);
            start.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    if (invocation.Arguments.Length == 1 && symbols.Properties.GetBuilder(invocation.TargetMethod) is { Kind: BuilderKind.Set } builder)
                    {
                        Check(builder.Property, invocation.Arguments[0].Value, regexes, c.ReportDiagnostic);
                    }
                },
                OperationKind.Invocation);
        });
    }

    private static void Check(KubePropertyInfo info, IOperation value, ConcurrentDictionary<string, Regex?> regexes, Action<Diagnostic> report)
    {
        while (value is IConversionOperation conversion)
        {
            if (EnumCheck.Undefined(conversion) is { } allowed)
            {
                report(Diagnostic.Create(SchemaDescriptors.Enum, conversion.Syntax.GetLocation(), conversion.Operand.ConstantValue.Value, info.JsonName, allowed));
                return;
            }

            value = conversion.Operand;
        }

        if (!value.ConstantValue.HasValue || value.ConstantValue.Value is null)
        {
            return;
        }

        var constant = value.ConstantValue.Value;
        var location = value.Syntax.GetLocation();
        var field = info.JsonName;
        if (constant is string text)
        {
            if (info.Pattern is { } pattern && regexes.GetOrAdd(pattern, Compile) is { } regex && !Matches(regex, text))
            {
                report(Diagnostic.Create(SchemaDescriptors.Pattern, location, text, field, PatternHints.Describe(pattern)));
            }

            if (info.MinLength >= 0 && text.Length < info.MinLength || info.MaxLength >= 0 && text.Length > info.MaxLength)
            {
                var bounds = info.MaxLength < 0 ? "at least " + info.MinLength
                    : info.MinLength < 0 ? "at most " + info.MaxLength
                    : "between " + info.MinLength + " and " + info.MaxLength;
                report(Diagnostic.Create(SchemaDescriptors.Length, location, Shorten(text), field, "expected " + bounds + " characters, got " + text.Length));
            }

            return;
        }

        if (constant is bool || !TryNumber(constant, out var number))
        {
            return;
        }

        var tooLow = TryBound(info.Minimum, out var min) && number < min;
        var tooHigh = TryBound(info.Maximum, out var max) && number > max;
        if (tooLow || tooHigh)
        {
            var range = info.Maximum is null ? ">= " + info.Minimum : info.Minimum is null ? "<= " + info.Maximum : "between " + info.Minimum + " and " + info.Maximum;
            report(Diagnostic.Create(SchemaDescriptors.Range, location, Convert.ToString(constant, CultureInfo.InvariantCulture), field, "expected a number " + range));
        }
    }

    private static Regex? Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        }
        catch (ArgumentException)
        {
            return null; // an RE2 construct .NET does not know: the deploy-time validation still checks it
        }
    }

    private static bool Matches(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    private static bool TryNumber(object constant, out double number)
    {
        switch (constant)
        {
            case int or long or short or sbyte or byte or ushort or uint or ulong or float or double or decimal:
                number = Convert.ToDouble(constant, CultureInfo.InvariantCulture);
                return true;
            default:
                number = 0;
                return false;
        }
    }

    private static bool TryBound(string? text, out double bound)
    {
        bound = 0;
        return text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out bound);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
}
