using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Mutations;

public static class MutationFieldExtensions
{
    /// <summary>
    /// Starts a mutation field following the input/payload/errors convention; the input type is the
    /// one <see cref="InputObjectConvention"/> generates from <typeparamref name="TInput"/>.
    /// </summary>
    public static MutationFieldBuilder<TInput> Mutation<TInput>(this ObjectGraphType mutation, string name)
        where TInput : class
        => new(mutation, name);
}
