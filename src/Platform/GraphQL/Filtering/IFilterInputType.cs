namespace KooMessage.Platform.GraphQL.Filtering;

/// <summary>Marks every <c>{Type}FilterInput</c>, whatever its entity, so limits can find filter arguments.</summary>
public interface IFilterInputType;
