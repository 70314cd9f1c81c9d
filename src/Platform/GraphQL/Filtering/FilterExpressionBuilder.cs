using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using KooMessage.Platform.GraphQL.Relay;

namespace KooMessage.Platform.GraphQL.Filtering;

/// <summary>
/// Translates filter dictionaries into expression trees. Values are captured as closure members,
/// so EF sends them as SQL parameters instead of inlining literals. The dictionary's size and nesting
/// were bounded during validation (Limits/QueryArgumentLimitsValidationRule), so the recursion here
/// and the expression tree EF walks stay shallow.
/// </summary>
public static class FilterExpressionBuilder
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    public static Expression<Func<T, bool>> Build<T>(IDictionary<string, object?> where, IReadOnlyDictionary<string, FilterField> fields)
    {
        var entity = Expression.Parameter(typeof(T), "e");
        return Expression.Lambda<Func<T, bool>>(BuildObject(entity, where, fields), entity);
    }

    private static Expression BuildObject(ParameterExpression entity, IDictionary<string, object?> where,
        IReadOnlyDictionary<string, FilterField> fields)
    {
        var parts = new List<Expression>();
        foreach (var (key, value) in where)
        {
            if (value is null)
                continue;
            switch (key)
            {
                case "and":
                    parts.Add(Combine(Children(value).Select(c => BuildObject(entity, c, fields)), Expression.AndAlso, true));
                    break;
                case "or":
                    parts.Add(Combine(Children(value).Select(c => BuildObject(entity, c, fields)), Expression.OrElse, false));
                    break;
                default:
                    var field = fields[key];
                    var member = new ParameterReplacer(field.Member.Parameters[0], entity).Visit(field.Member.Body);
                    foreach (var (operation, operand) in (IDictionary<string, object?>)value)
                        parts.Add(BuildOperation(member, operation, operand, field.IdTypeName, key));
                    break;
            }
        }
        return Combine(parts, Expression.AndAlso, true);
    }

    private static IEnumerable<IDictionary<string, object?>> Children(object value)
        => ((IEnumerable)value).Cast<IDictionary<string, object?>>();

    private static Expression Combine(IEnumerable<Expression> parts, Func<Expression, Expression, BinaryExpression> join, bool empty)
    {
        Expression? result = null;
        foreach (var part in parts)
            result = result is null ? part : join(result, part);
        return result ?? Expression.Constant(empty);
    }

    private static Expression BuildOperation(Expression member, string operation, object? operand, string? idTypeName, string field)
    {
        var type = member.Type;
        object? Convert(object? v) => ConvertValue(v, type, idTypeName);
        IList<object?> ConvertList(object? v) => v is null
            ? throw new ExecutionError($"'{field}.{operation}' needs a list.") { Code = ErrorCodes.InvalidFilter }
            : ((IEnumerable)v).Cast<object?>().Select(Convert).ToList();

        return operation switch
        {
            FilterOperations.Eq => Expression.Equal(member, Parameter(Convert(operand), type)),
            FilterOperations.Neq => Expression.NotEqual(member, Parameter(Convert(operand), type)),
            FilterOperations.In => InList(member, ConvertList(operand)),
            FilterOperations.Nin => Expression.Not(InList(member, ConvertList(operand))),
            FilterOperations.Gt => Expression.GreaterThan(member, Parameter(Required(Convert(operand), field, operation), type)),
            FilterOperations.Gte => Expression.GreaterThanOrEqual(member, Parameter(Required(Convert(operand), field, operation), type)),
            FilterOperations.Lt => Expression.LessThan(member, Parameter(Required(Convert(operand), field, operation), type)),
            FilterOperations.Lte => Expression.LessThanOrEqual(member, Parameter(Required(Convert(operand), field, operation), type)),
            FilterOperations.Contains => Text(member, StringContains, operand, field, operation),
            FilterOperations.NotContains => Expression.Not(Text(member, StringContains, operand, field, operation)),
            FilterOperations.StartsWith => Text(member, StringStartsWith, operand, field, operation),
            FilterOperations.NotStartsWith => Expression.Not(Text(member, StringStartsWith, operand, field, operation)),
            FilterOperations.EndsWith => Text(member, StringEndsWith, operand, field, operation),
            FilterOperations.NotEndsWith => Expression.Not(Text(member, StringEndsWith, operand, field, operation)),
            _ => throw new ExecutionError($"Unknown filter operation '{operation}'.") { Code = ErrorCodes.InvalidFilter },
        };
    }

    private static object Required(object? value, string field, string operation)
        => value ?? throw new ExecutionError($"'{field}.{operation}' cannot be null.") { Code = ErrorCodes.InvalidFilter };

    private static Expression Text(Expression member, MethodInfo method, object? operand, string field, string operation)
    {
        var text = (string)Required(operand, field, operation);
        // A null column never matches a text condition.
        return Expression.AndAlso(
            Expression.NotEqual(member, Expression.Constant(null, typeof(string))),
            Expression.Call(member, method, Parameter(text, typeof(string))));
    }

    private static Expression InList(Expression member, IList<object?> values)
    {
        var listType = typeof(List<>).MakeGenericType(member.Type);
        var list = (IList)Activator.CreateInstance(listType)!;
        foreach (var value in values)
            list.Add(value);
        var contains = listType.GetMethod(nameof(List<int>.Contains))!;
        return Expression.Call(Parameter(list, listType), contains, member);
    }

    private static object? ConvertValue(object? value, Type target, string? idTypeName)
    {
        if (value is null)
            return null;
        if (idTypeName is not null)
            // Unknown or foreign IDs become an id no row has: "eq" matches nothing, "neq" everything.
            return GlobalId.TryDecode(value as string, idTypeName, out var id) ? id : Guid.Empty;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        return value switch
        {
            DateTime time => time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime(),
            DateTimeOffset offset => offset.UtcDateTime,
            _ when underlying.IsInstanceOfType(value) => value,
            _ => System.Convert.ChangeType(value, underlying, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Wraps a value so EF treats it as a query parameter.</summary>
    private static Expression Parameter(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(ValueHolder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    private sealed class ValueHolder<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
