using KooMessage.Client.Generator.Schema;

namespace KooMessage.Client.Generator.Model;

/// <summary>A property of a fragment interface: a leaf, or an object typed by a nested fragment interface.</summary>
internal sealed record FragmentInterfaceMember(string PropertyName, TypeRef Type, LeafType? Leaf, FragmentInterface? Nested);
