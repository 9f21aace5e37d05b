using System.Globalization;
using DevLab.JmesPath.Functions;
using Newtonsoft.Json.Linq;

namespace Kurator.Sdk.Policy.Kyverno.Variables;

/// <summary>Kyverno's JMESPath extensions used by policies (to_upper, to_lower, trim_prefix, truncate, equal_fold).</summary>
internal static class KyvernoFunctions
{
    public static void Register(DevLab.JmesPath.JmesPath jmes)
    {
        // Instances, not Register<T>(): the generic form creates the function by reflection, which the Native AOT tool's
        // trimming breaks (the constructor is gone); an instance needs nothing at run time.
        foreach (var function in new JmesPathFunction[] { new ToUpper(), new ToLower(), new TrimPrefix(), new Truncate(), new EqualFold() })
        {
            jmes.FunctionRepository.Register(function.Name, function);
        }
    }

    private sealed class ToUpper : JmesPathFunction
    {
        public ToUpper()
            : base("to_upper", 1)
        {
        }

        public override JToken Execute(params JmesPathFunctionArgument[] args) =>
            new JValue(EnsureString(args[0]).ToUpperInvariant());
    }

    private sealed class ToLower : JmesPathFunction
    {
        public ToLower()
            : base("to_lower", 1)
        {
        }

        public override JToken Execute(params JmesPathFunctionArgument[] args) =>
            new JValue(EnsureString(args[0]).ToLowerInvariant());
    }

    private sealed class TrimPrefix : JmesPathFunction
    {
        public TrimPrefix()
            : base("trim_prefix", 2)
        {
        }

        public override JToken Execute(params JmesPathFunctionArgument[] args)
        {
            var text = EnsureString(args[0]);
            var prefix = EnsureString(args[1]);
            return new JValue(text.StartsWith(prefix, System.StringComparison.Ordinal) ? text[prefix.Length..] : text);
        }
    }

    private sealed class Truncate : JmesPathFunction
    {
        public Truncate()
            : base("truncate", 2)
        {
        }

        public override JToken Execute(params JmesPathFunctionArgument[] args)
        {
            var text = EnsureString(args[0]);
            var length = System.Convert.ToInt32(args[1].Token.Value<double>(), CultureInfo.InvariantCulture);
            return new JValue(length < 0 ? string.Empty : text.Length <= length ? text : text[..length]);
        }
    }

    private sealed class EqualFold : JmesPathFunction
    {
        public EqualFold()
            : base("equal_fold", 2)
        {
        }

        public override JToken Execute(params JmesPathFunctionArgument[] args) =>
            new JValue(string.Equals(EnsureString(args[0]), EnsureString(args[1]), System.StringComparison.OrdinalIgnoreCase));
    }
}
