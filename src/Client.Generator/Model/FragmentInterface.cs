using System;
using System.Collections.Generic;

namespace KooMessage.Client.Generator.Model;

/// <summary>
/// The C# interface of a named fragment (or of a nested selection inside one). Every record whose
/// selection includes the fragment implements it, so code written against the fragment works for
/// every operation that spreads it.
/// </summary>
internal sealed class FragmentInterface
{
    public static readonly IComparer<FragmentInterface> ByFullName =
        Comparer<FragmentInterface>.Create((a, b) => string.CompareOrdinal(a.FullName, b.FullName));

    public FragmentInterface(string name, FragmentInterface? parent, string graphQLType)
    {
        Name = name;
        Parent = parent;
        GraphQLType = graphQLType;
    }

    public string Name { get; }

    public FragmentInterface? Parent { get; }

    public string GraphQLType { get; }

    /// <summary>The name relative to the namespace, e.g. ITenantParts.IUser.</summary>
    public string FullName => Parent is null ? Name : Parent.FullName + "." + Name;

    public List<FragmentInterfaceMember> Members { get; } = new();

    public List<FragmentInterface> Nested { get; } = new();

    /// <summary>Interfaces of fragments spread unconditionally inside this one.</summary>
    public SortedSet<FragmentInterface> BaseInterfaces { get; } = new(ByFullName);

    /// <summary>Names of members declared here or inherited.</summary>
    public IEnumerable<string> AllMemberNames()
    {
        foreach (var member in Members)
        {
            yield return member.PropertyName;
        }

        foreach (var baseInterface in BaseInterfaces)
        {
            foreach (var name in baseInterface.AllMemberNames())
            {
                yield return name;
            }
        }
    }

    public override string ToString() => FullName ?? string.Empty;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(FullName);

    public override bool Equals(object? obj) => obj is FragmentInterface other && other.FullName == FullName;
}
