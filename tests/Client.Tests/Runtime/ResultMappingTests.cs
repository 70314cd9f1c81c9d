using System.Text.Json;
using KooMessage.Client.Runtime.Serialization;

namespace KooMessage.Client.Tests.Runtime;

using KooMessage.Client.Tests.Fixture;

/// <summary>Maps response JSON through the parsers generated for the fixture operations.</summary>
public sealed class ResultMappingTests
{
    [Fact]
    public void Union_members_are_chosen_by_typename_and_unknown_typenames_fall_back()
    {
        var data = Parse(CreateTenantMutation.ParseData, """
            {"createTenant": {"tenant": null, "errors": [
              {"__typename": "ValidationError", "message": "Slug is taken", "field": "slug"},
              {"__typename": "ConflictError", "message": "Changed meanwhile"},
              {"__typename": "LimitExceededError", "message": "Too many", "limit": 2},
              {"__typename": "QuotaError", "message": "Added to the server later"}
            ]}}
            """);

        Assert.Null(data.CreateTenant.Tenant);
        Assert.Collection(
            data.CreateTenant.Errors!,
            e => Assert.Equal(new CreateTenantMutation.ValidationError("ValidationError", "Slug is taken", "slug"), e),
            e => Assert.Equal(new CreateTenantMutation.ConflictError("ConflictError", "Changed meanwhile"), e),
            e => Assert.Equal(new CreateTenantMutation.LimitExceededError("LimitExceededError", "Too many", 2), e),
            e => Assert.Equal(new CreateTenantMutation.OtherCreateTenantError("QuotaError", "Added to the server later"), e));
        Assert.All(data.CreateTenant.Errors!, e => Assert.IsAssignableFrom<IErrorParts>(e));
    }

    /// <summary>Its only member selects field and id through its own type case; an error type added later has neither.</summary>
    [Fact]
    public void An_error_type_added_later_falls_back_without_the_fields_of_the_known_members_cases()
    {
        var data = Parse(RemoveTenantMutation.ParseData, """
            {"removeTenant": {"removedId": null, "errors": [
              {"__typename": "NotFoundError", "message": "No such tenant", "field": "id", "id": "t9"},
              {"__typename": "QuotaError", "message": "Added to the server later"}
            ]}}
            """);

        Assert.Collection(
            data.RemoveTenant.Errors!,
            e => Assert.Equal(new RemoveTenantMutation.NotFoundError("NotFoundError", "No such tenant", "id", "t9"), e),
            e => Assert.Equal(new RemoveTenantMutation.OtherRemoveTenantError("QuotaError", "Added to the server later"), e));
        Assert.IsAssignableFrom<IErrorParts.INotFoundError>(data.RemoveTenant.Errors![0]);
        Assert.False(data.RemoveTenant.Errors[1] is IErrorParts.INotFoundError);
    }

    [Fact]
    public void Interface_results_get_a_record_for_each_named_type_and_a_fallback_for_the_rest()
    {
        Assert.Equal(new FindNodeQuery.Tenant("Tenant", "t1", "acme"), Parse(FindNodeQuery.ParseData, """{"node": {"__typename": "Tenant", "id": "t1", "slug": "acme"}}""").Node);
        Assert.Equal(new FindNodeQuery.User("User", "u1", null), Parse(FindNodeQuery.ParseData, """{"node": {"__typename": "User", "id": "u1", "email": null}}""").Node);
        Assert.Equal(new FindNodeQuery.OtherNode("SmsApp", "a1"), Parse(FindNodeQuery.ParseData, """{"node": {"__typename": "SmsApp", "id": "a1"}}""").Node);
        Assert.Null(Parse(FindNodeQuery.ParseData, """{"node": null}""").Node);
    }

    [Theory]
    [InlineData("ACTIVE", TenantStatus.Active)]
    [InlineData("SUSPENDED", TenantStatus.Suspended)]
    [InlineData("ARCHIVED", TenantStatus.Unknown)]
    public void Enum_values_map_by_name_and_unknown_values_are_tolerated(string value, TenantStatus expected)
    {
        var tenant = Parse(GetTenantQuery.ParseData, TenantJson(value)).Tenant!;

        Assert.Equal(expected, tenant.Status);
    }

    [Fact]
    public void Custom_scalars_are_mapped_without_registration()
    {
        var tenant = Parse(GetTenantQuery.ParseData, TenantJson("ACTIVE")).Tenant!;

        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, 123, TimeSpan.Zero), tenant.CreatedAt);
        Assert.Equal(9_007_199_254_740_993L, tenant.SmsQuota);
        Assert.Equal(12.50m, tenant.Balance);
        Assert.Equal(1, tenant.Settings!.Value.GetProperty("retries").GetInt32());
        Assert.Equal(["vip", "beta"], tenant.Tags);
    }

    [Fact]
    public void Records_implement_the_fragments_they_spread_including_nested_selections()
    {
        var tenant = Parse(GetTenantQuery.ParseData, TenantJson("ACTIVE")).Tenant!;

        ITenantParts parts = tenant;
        Assert.Equal("Acme", parts.Name);
        Assert.Equal("Ada", parts.Owner!.Name);
    }

    [Fact]
    public void A_response_that_does_not_fit_the_generated_types_is_a_clear_error()
    {
        var error = Assert.Throws<GraphQLResponseException>(() => Parse(GetTenantQuery.ParseData, """{"tenant": {"id": "t1", "name": null}}"""));

        Assert.Contains("Expected a string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_keep_message_path_locations_and_extensions_with_a_code_shortcut()
    {
        using var document = JsonDocument.Parse("""
            {"data": {"tenant": null}, "errors": [{"message": "Not allowed", "path": ["tenant", 0, "owner"],
              "locations": [{"line": 2, "column": 3}], "extensions": {"code": "AUTH_NOT_AUTHORIZED", "retry": false}}]}
            """);

        var result = OperationResultParser.Parse(document.RootElement, GetTenantQuery.ParseData);

        Assert.False(result.IsSuccess);
        Assert.NotNull(result.Data);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Not allowed", error.Message);
        Assert.Equal(["tenant", 0, "owner"], error.Path);
        Assert.Equal([new GraphQLErrorLocation(2, 3)], error.Locations);
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.Code);
        Assert.False(error.Extensions["retry"].GetBoolean());
        var thrown = Assert.Throws<GraphQLOperationException>(() => result.EnsureNoErrors());
        Assert.Same(result.Errors, thrown.Errors);
        Assert.Contains("AUTH_NOT_AUTHORIZED: Not allowed", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_successful_result_returns_its_data()
    {
        using var document = JsonDocument.Parse("""{"data": {"tenant": null}}""");

        var result = OperationResultParser.Parse(document.RootElement, GetTenantQuery.ParseData);

        Assert.True(result.IsSuccess);
        Assert.Same(result.Data, result.EnsureNoErrors());
    }

    private static string TenantJson(string status) => $$$"""
        {"tenant": {"id": "t1", "name": "Acme", "status": "{{{status}}}", "owner": {"name": "Ada"}, "slug": "acme",
          "createdAt": "2026-01-02T03:04:05.123Z", "smsQuota": "9007199254740993", "balance": 12.50,
          "settings": {"retries": 1}, "tags": ["vip", "beta"]}}
        """;

    private static T Parse<T>(Func<JsonElement, T> parse, string json)
    {
        using var document = JsonDocument.Parse(json);
        return parse(document.RootElement);
    }
}
