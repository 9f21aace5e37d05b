using System;
using System.Collections.Generic;
using System.Linq;

namespace Kurator.Sdk.Emulator;

/// <summary>The fault rules of one emulated cluster, drawn deterministically from a seeded random source.</summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<(FaultRule Rule, int Fired)> _rules = new();
    private Random _random;

    internal FaultInjector(int seed) => _random = new Random(seed);

    /// <summary>How many faults have been injected so far.</summary>
    public int InjectedCount { get; private set; }

    /// <summary>Adds a rule; rules are evaluated in the order they were added.</summary>
    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Rate is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(rule), "Rate must be within [0, 1].");
        lock (_gate) _rules.Add((rule, 0));
    }

    /// <summary>Removes every rule and restarts the random sequence from <paramref name="seed"/>.</summary>
    public void Reset(int seed)
    {
        lock (_gate)
        {
            _rules.Clear();
            _random = new Random(seed);
            InjectedCount = 0;
        }
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_gate) _rules.Clear();
    }

    internal FaultRule? Draw(string method, bool isResourceRequest)
    {
        lock (_gate)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var (rule, fired) = _rules[i];
                if (!isResourceRequest && !rule.IncludeDiscovery) continue;
                if (rule.Method is not null && !string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase)) continue;
                if (rule.MaxCount is { } max && fired >= max) continue;
                if (_random.NextDouble() >= rule.Rate) continue;
                _rules[i] = (rule, fired + 1);
                InjectedCount++;
                return rule;
            }
            return null;
        }
    }

    internal int RuleCount
    {
        get { lock (_gate) return _rules.Count(r => r.Rule.MaxCount is null || r.Fired < r.Rule.MaxCount); }
    }
}
