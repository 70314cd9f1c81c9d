using GraphQL.Types;

namespace KooMessage.Platform.GraphQL.Mutations;

public static class MutationFieldExtensions
{
    /// <summary>Starts a mutation field following the input/payload/errors convention.</summary>
    public static MutationFieldBuilder<TInput> Mutation<TInputType, TInput>(this ObjectGraphType mutation, string name)
        where TInputType : InputObjectGraphType<TInput>
        => new(mutation, name, typeof(NonNullGraphType<TInputType>));
}
