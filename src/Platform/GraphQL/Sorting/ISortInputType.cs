namespace KooMessage.Platform.GraphQL.Sorting;

/// <summary>Marks every <c>{Type}SortInput</c>, whatever its entity, so limits can find sort arguments.</summary>
public interface ISortInputType;
