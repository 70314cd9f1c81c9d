using System.Net;
using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;
using static KooMessage.Platform.Tests.Infrastructure.ServiceNumberScenario;

namespace KooMessage.Platform.Tests.ServiceNumbers;

/// <summary>Another tenant's service numbers, channel numbers and bindings behave exactly like missing ones.</summary>
public sealed class ServiceNumberIsolationTests(ServiceNumberFixture fixture) : IClassFixture<ServiceNumberFixture>
{
    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task Another_tenant_cannot_see_bind_edit_or_report_on_a_tenants_service_numbers()
    {
        var owner = await StartAsync(Host, "sn-owner");
        await owner.ApprovedFilingAsync();
        var (serviceNumberId, _) = await owner.ApprovedServiceNumberAsync();
        var channelNumberId = await owner.ApprovedChannelNumberAsync("ORDINARY", "10690001234", "示例银行");
        var bindingId = await owner.BindAsync(serviceNumberId, channelNumberId, "NATIONWIDE");

        var intruder = await StartAsync(Host, "sn-intruder");
        await intruder.ApprovedFilingAsync();
        var (ownServiceNumber, _) = await intruder.ApprovedServiceNumberAsync();

        var seen = await intruder.AsTenant.QueryAsync($$"""
            { sn: node(id: "{{serviceNumberId}}") { id } cn: node(id: "{{channelNumberId}}") { id } binding: node(id: "{{bindingId}}") { id }
              serviceNumbers { totalCount } channelNumbers { totalCount }
              report: serviceNumberReport(serviceNumberId: "{{serviceNumberId}}", from: "2026-01-01T00:00:00Z", to: "2026-01-31T00:00:00Z") { pv }
              shown: effectiveServiceNumber(channelNumber: "10690001234", signature: "示例银行", province: BEIJING) { serviceNumber { id } } }
            """);
        foreach (var field in (string[])["sn", "cn", "binding", "report", "shown"])
            Assert.Equal(JsonValueKind.Null, seen.GetProperty(field).ValueKind);
        Assert.Equal(1, seen.GetProperty("serviceNumbers").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, seen.GetProperty("channelNumbers").GetProperty("totalCount").GetInt32());

        // Binding another tenant's channel number is "not found", exactly as for an id that never existed.
        var foreignChannel = await intruder.TryBindAsync(ownServiceNumber, channelNumberId, "BEIJING");
        var missingChannel = await intruder.TryBindAsync(ownServiceNumber, "Q2hhbm5lbE51bWJlcjowMTkwMDAwMDAwMDA3MDAwODAwMDAwMDAwMDAwMDAwMA", "BEIJING");
        Assert.Equal(("NotFoundError", "channelNumberId"), (foreignChannel.ErrorType(), foreignChannel.ErrorField()));
        Assert.Equal(missingChannel.ErrorType(), foreignChannel.ErrorType());
        Assert.Equal(
            foreignChannel.ErrorMessage().Replace(channelNumberId, "ID"),
            missingChannel.ErrorMessage().Replace("Q2hhbm5lbE51bWJlcjowMTkwMDAwMDAwMDA3MDAwODAwMDAwMDAwMDAwMDAwMA", "ID"));

        var foreignServiceNumber = await intruder.TryBindAsync(serviceNumberId, channelNumberId, "BEIJING");
        Assert.Equal("NotFoundError", foreignServiceNumber.ErrorType());
        var menu = await intruder.TrySaveMenuAsync(serviceNumberId, "[]");
        Assert.Equal(("NotFoundError", "serviceNumberId"), (menu.ErrorType(), menu.ErrorField()));
        var freeze = await intruder.AsTenant.TryMutateAsync("freezeServiceNumber", $$"""{ id: "{{serviceNumberId}}", reason: "x" }""", "serviceNumber { id }", Errors("NotFoundError"));
        Assert.Equal("NotFoundError", freeze.ErrorType());
        var unbind = await intruder.AsTenant.TryMutateAsync("unbindChannelNumber", $$"""{ id: "{{bindingId}}" }""", "removedBindingId", Errors("NotFoundError"));
        Assert.Equal("NotFoundError", unbind.ErrorType());
        var rotate = await intruder.AsTenant.TryMutateAsync("rotateServiceNumberEventToken", $$"""{ id: "{{serviceNumberId}}" }""", "eventToken", Errors("NotFoundError"));
        Assert.Equal("NotFoundError", rotate.ErrorType());

        using var http = Host.CreateClient(intruder.Tenant.Key);
        var csv = await http.GetAsync($"/sn/reports/{serviceNumberId}.csv?from=2026-01-01&to=2026-01-31");
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);

        var untouched = await owner.AsTenant.QueryAsync($$"""{ node(id: "{{serviceNumberId}}") { ... on ServiceNumber { status bindings { id } menu { id } } } }""");
        Assert.Single(untouched.GetProperty("node").GetProperty("bindings").EnumerateArray());
        Assert.NotEqual("FROZEN", untouched.GetProperty("node").GetProperty("status").GetString());
    }
}
