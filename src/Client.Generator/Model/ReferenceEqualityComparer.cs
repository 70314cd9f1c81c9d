using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace KooMessage.Client.Generator.Model;

/// <summary>Compares syntax nodes by identity (netstandard2.0 has no ReferenceEqualityComparer).</summary>
internal sealed class ReferenceEqualityComparer : IEqualityComparer<object>
{
    public static readonly ReferenceEqualityComparer Instance = new();

    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

    public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
}
