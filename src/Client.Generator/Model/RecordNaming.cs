using System;
using System.Collections.Generic;
using System.Linq;
using KooMessage.Client.Generator.Naming;

namespace KooMessage.Client.Generator.Model;

/// <summary>
/// Names the records of one operation once the whole tree is built, shallowest first (then in
/// document order). Building is depth-first, so claiming names while building let a deep record
/// (the tenant of an API key) take the plain type name before a shallow one that deserves it more
/// (the <c>Tenant</c> case of <c>node</c>). Naming by depth keeps the plain names near the root.
/// </summary>
internal sealed class RecordNaming
{
    private readonly NameScope _scope;
    private readonly List<Pending> _requests = new();

    public RecordNaming(NameScope scope)
    {
        _scope = scope;
    }

    /// <param name="candidates">Preferred names, best first; evaluated when the record's turn comes, so it may use the names of shallower records.</param>
    /// <param name="forbidden">Names the record may not take: its own property names (C# forbids a member named like its type).</param>
    public void Request(ResultRecord record, int depth, Func<IEnumerable<string>> candidates, IReadOnlyCollection<string> forbidden) =>
        _requests.Add(new Pending(record, depth, _requests.Count, candidates, forbidden));

    public void Assign()
    {
        foreach (var request in _requests.OrderBy(r => r.Depth).ThenBy(r => r.Order))
        {
            request.Record.Name = _scope.Claim(request.Candidates(), request.Forbidden.ToArray());
        }
    }

    private sealed class Pending
    {
        public Pending(ResultRecord record, int depth, int order, Func<IEnumerable<string>> candidates, IReadOnlyCollection<string> forbidden)
        {
            Record = record;
            Depth = depth;
            Order = order;
            Candidates = candidates;
            Forbidden = forbidden;
        }

        public ResultRecord Record { get; }

        public int Depth { get; }

        public int Order { get; }

        public Func<IEnumerable<string>> Candidates { get; }

        public IReadOnlyCollection<string> Forbidden { get; }
    }
}
