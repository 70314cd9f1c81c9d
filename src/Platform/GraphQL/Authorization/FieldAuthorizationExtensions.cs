using GraphQL;
using GraphQL.Builders;
using KooMessage.Platform.Tenancy;

namespace KooMessage.Platform.GraphQL.Authorization;

/// <summary>
/// Declares who may select a field, on GraphQL.NET's standard authorization metadata; enforced by
/// <see cref="AuthorizationValidationRule"/> before anything executes. Root fields with no
/// declaration require an authenticated caller (secure by default).
/// </summary>
public static class FieldAuthorizationExtensions
{
    public static FieldBuilder<TSource, TReturn> Authorize<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params Role[] roles)
    {
        field.FieldType.AuthorizeWithRoles(roles.Select(RoleNames.Of).ToArray());
        return field;
    }

    public static FieldBuilder<TSource, TReturn> RequireAuthenticated<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        field.FieldType.Authorize();
        return field;
    }

    public static FieldBuilder<TSource, TReturn> Public<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        field.FieldType.AllowAnonymous();
        return field;
    }
}
