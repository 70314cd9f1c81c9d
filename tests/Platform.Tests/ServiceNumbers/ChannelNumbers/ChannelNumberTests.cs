using System.Text.Json;
using KooMessage.Platform.Tests.Infrastructure;
using static KooMessage.Platform.Tests.Infrastructure.ServiceNumberScenario;

namespace KooMessage.Platform.Tests.ServiceNumbers;

/// <summary>Channel numbers and bindings over GraphQL: their rules, typed errors naming the field, nothing stored.</summary>
public sealed class ChannelNumberTests(ServiceNumberFixture fixture) : IClassFixture<ServiceNumberFixture>
{
    private PlatformHost Host => fixture.Host;

    private static async Task<int> ChannelNumberCountAsync(ServiceNumberScenario story)
        => (await story.AsTenant.QueryAsync("{ channelNumbers { totalCount } }")).GetProperty("channelNumbers").GetProperty("totalCount").GetInt32();

    [Fact]
    public async Task Channel_numbers_need_an_approved_service_number_and_follow_their_rules()
    {
        var story = await StartAsync(Host, "cn-rules");
        await story.ApprovedFilingAsync();
        var noServiceNumber = await story.TryCreateChannelNumberAsync("ORDINARY", "10690001234", """["示例银行"]""");
        Assert.Equal("PreconditionFailedError", noServiceNumber.ErrorType());
        Assert.Equal("APPROVED_SERVICE_NUMBER", noServiceNumber.Error().GetProperty("precondition").GetString());

        var (serviceNumberId, _) = await story.CreateServiceNumberAsync();
        Assert.Equal("PreconditionFailedError", (await story.TryCreateChannelNumberAsync("ORDINARY", "10690001234", """["示例银行"]""")).ErrorType());
        await story.ApproveAsync(serviceNumberId);

        Assert.Equal(["number"], (await story.TryCreateChannelNumberAsync("SUFFIX", "1234", """["示例银行"]""")).ErrorFields());
        Assert.Equal(["number"], (await story.TryCreateChannelNumberAsync("ORDINARY", "1234567890123456789012", """["示例银行"]""")).ErrorFields());
        Assert.Equal(["number"], (await story.TryCreateChannelNumberAsync("PREFIX", "1069x", """["示例银行"]""")).ErrorFields());
        Assert.Equal(["signatures"], (await story.TryCreateChannelNumberAsync("ORDINARY", "10690001234", """["aa", "bb", "cc", "dd", "ee", "ff"]""")).ErrorFields());
        Assert.Equal(["signatures[0]"], (await story.TryCreateChannelNumberAsync("ORDINARY", "10690001234", """["银"]""")).ErrorFields());
        var proof = await story.AsTenant.UploadIdAsync(TestImages.Png(600, 800), "proof.png", "AUTHORIZATION_IMAGE");
        var sixProofs = "[" + string.Join(", ", Enumerable.Repeat($"\"{proof}\"", 6)) + "]";
        Assert.Equal(["proofImageIds"], (await story.TryCreateChannelNumberAsync("ORDINARY", "10690001234", """["示例银行"]""", sixProofs)).ErrorFields());
        var pdf = await story.AsTenant.UploadIdAsync(TestFiles.Pdf(), "proof.pdf", "LETTER");
        Assert.Equal(["proofImageIds[0]"], (await story.TryCreateChannelNumberAsync("ORDINARY", "10690001234", """["示例银行"]""", $"[\"{pdf}\"]")).ErrorFields());
        Assert.Equal(0, await ChannelNumberCountAsync(story));

        var created = await story.TryCreateChannelNumberAsync("SUFFIX", "01234", """["【示例银行】", "示例信用卡"]""", $"[\"{proof}\"]");
        created.AssertNoErrors();
        Assert.Equal(["示例银行", "示例信用卡"], created.GetProperty("channelNumber").GetProperty("signatures").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("PENDING", created.GetProperty("channelNumber").GetProperty("reviewStatus").GetString());
        var duplicate = await story.TryCreateChannelNumberAsync("SUFFIX", "01234", """["示例银行"]""");
        Assert.Equal(("ConflictError", "number"), (duplicate.ErrorType(), duplicate.ErrorField()));
        Assert.Equal(1, await ChannelNumberCountAsync(story));
    }

    [Fact]
    public async Task A_rejected_channel_number_is_fixed_and_resubmitted_but_an_approved_one_does_not_change()
    {
        var story = await StartAsync(Host, "cn-fix");
        await story.ApprovedFilingAsync();
        var (serviceNumberId, _) = await story.ApprovedServiceNumberAsync();
        var created = await story.TryCreateChannelNumberAsync("PREFIX", "1069000", """["示例银行"]""");
        var id = created.GetProperty("channelNumber").GetProperty("id").GetString()!;
        var pending = await story.TryBindAsync(serviceNumberId, id, "BEIJING");
        Assert.Equal(("InvalidStateError", "PENDING"), (pending.ErrorType(), pending.Error().GetProperty("state").GetString()));
        Assert.Contains("wait for the platform's review", pending.ErrorMessage(), StringComparison.Ordinal);
        await story.Filing.RejectAsync(id, "前缀过短");

        // Waiting will not help a rejected one: the message says it was rejected and what to do.
        var rejected = await story.TryBindAsync(serviceNumberId, id, "BEIJING");
        Assert.Equal(("InvalidStateError", "REJECTED"), (rejected.ErrorType(), rejected.Error().GetProperty("state").GetString()));
        Assert.Contains("REJECTED", rejected.ErrorMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("wait", rejected.ErrorMessage(), StringComparison.OrdinalIgnoreCase);

        const string Selection = "channelNumber { number reviewStatus }";
        var update = $$"""{ id: "{{id}}", type: PREFIX, number: "10690001", signatures: ["示例银行"] }""";
        var fixedOne = await story.AsTenant.MutateAsync("updateChannelNumber", update, Selection);
        Assert.Equal(("10690001", "PENDING"), (fixedOne.GetProperty("channelNumber").GetProperty("number").GetString(), fixedOne.GetProperty("channelNumber").GetProperty("reviewStatus").GetString()));
        await story.ApproveAsync(id);

        var approved = await story.AsTenant.TryMutateAsync("updateChannelNumber", update, Selection, SaveErrors);
        Assert.Equal("InvalidStateError", approved.ErrorType());
        Assert.Equal("APPROVED", approved.Error().GetProperty("state").GetString());
    }

    [Fact]
    public async Task Bindings_need_approved_parts_and_refuse_overlapping_regions()
    {
        var story = await StartAsync(Host, "cn-bind");
        await story.ApprovedFilingAsync();
        var (serviceNumberId, _) = await story.ApprovedServiceNumberAsync();
        var (pendingServiceNumber, _) = await story.CreateServiceNumberAsync();
        var channelNumberId = await story.ApprovedChannelNumberAsync("ORDINARY", "10690001234", "示例银行");
        var pendingChannel = (await story.TryCreateChannelNumberAsync("ORDINARY", "10690005678", """["示例银行"]""")).GetProperty("channelNumber").GetProperty("id").GetString()!;

        Assert.Equal("InvalidStateError", (await story.TryBindAsync(pendingServiceNumber, channelNumberId, "BEIJING")).ErrorType());
        Assert.Equal("InvalidStateError", (await story.TryBindAsync(serviceNumberId, pendingChannel, "BEIJING")).ErrorType());

        await story.BindAsync(serviceNumberId, channelNumberId, "BEIJING");
        await story.BindAsync(serviceNumberId, channelNumberId, "SHANGHAI");
        var sameProvince = await story.TryBindAsync(serviceNumberId, channelNumberId, "BEIJING");
        Assert.Equal(("ConflictError", "region"), (sameProvince.ErrorType(), sameProvince.ErrorField()));
        var nationwide = await story.TryBindAsync(serviceNumberId, channelNumberId, "NATIONWIDE");
        Assert.Equal(("ConflictError", "region"), (nationwide.ErrorType(), nationwide.ErrorField()));

        var bindings = await story.AsTenant.QueryAsync($$"""{ node(id: "{{channelNumberId}}") { ... on ChannelNumber { bindings { id region } } } }""");
        var regions = bindings.GetProperty("node").GetProperty("bindings").EnumerateArray().Select(b => b.GetProperty("region").GetString()).ToList();
        Assert.Equal(["BEIJING", "SHANGHAI"], regions);

        // Unbinding frees the region for another binding.
        var beijing = bindings.GetProperty("node").GetProperty("bindings")[0].GetProperty("id").GetString()!;
        var unbound = await story.AsTenant.MutateAsync("unbindChannelNumber", $$"""{ id: "{{beijing}}" }""", "removedBindingId serviceNumber { bindings { region } }");
        Assert.Equal(beijing, unbound.GetProperty("removedBindingId").GetString());
        Assert.Equal(["SHANGHAI"], unbound.GetProperty("serviceNumber").GetProperty("bindings").EnumerateArray().Select(b => b.GetProperty("region").GetString()));
        await story.BindAsync(serviceNumberId, channelNumberId, "BEIJING");
        var again = await story.AsTenant.TryMutateAsync("unbindChannelNumber", $$"""{ id: "{{beijing}}" }""", "removedBindingId", Errors("NotFoundError"));
        Assert.Equal(("NotFoundError", "id"), (again.ErrorType(), again.ErrorField()));
    }

    [Fact]
    public async Task Prefix_suffix_and_signature_authorisation_decide_what_phones_show()
    {
        var story = await StartAsync(Host, "cn-lookup");
        await story.ApprovedFilingAsync();
        var (bank, _) = await story.ApprovedServiceNumberAsync();
        var (shared, _) = await story.ApprovedServiceNumberAsync(signatureAuthorization: true);
        await story.WaitUntilEffectiveAsync(bank);
        await story.WaitUntilEffectiveAsync(shared);
        var prefix = await story.ApprovedChannelNumberAsync("PREFIX", "1069000", "示例银行");
        var suffix = await story.ApprovedChannelNumberAsync("SUFFIX", "77777", "示例银行");
        var other = await story.ApprovedChannelNumberAsync("ORDINARY", "10698888", "示例银行");
        await story.BindAsync(bank, prefix, "GUANGDONG");
        await story.BindAsync(shared, other, "NATIONWIDE");

        async Task<(string? ServiceNumber, bool? BySignature)> Shown(string sender, string province)
        {
            var data = await story.AsTenant.QueryAsync($$"""
                { effectiveServiceNumber(channelNumber: "{{sender}}", signature: "示例银行", province: {{province}}) { serviceNumber { id } bySignatureAuthorization } }
                """);
            var found = data.GetProperty("effectiveServiceNumber");
            return found.ValueKind == JsonValueKind.Null ? (null, null)
                : (found.GetProperty("serviceNumber").GetProperty("id").GetString(), found.GetProperty("bySignatureAuthorization").GetBoolean());
        }

        Assert.Equal((bank, false), await Shown("10690001111", "GUANGDONG"));
        // Outside Guangdong the prefix has no binding: the signature-authorised service number applies.
        Assert.Equal((shared, true), await Shown("10690001111", "BEIJING"));
        Assert.Equal((shared, true), await Shown("10612377777", "BEIJING"));
        Assert.Equal((null, null), await Shown("10612300000", "BEIJING"));

        // A frozen service number no longer shows.
        await story.AsTenant.MutateAsync("freezeServiceNumber", $$"""{ id: "{{bank}}", reason: "品牌调整" }""", "serviceNumber { status }");
        Assert.Equal((shared, true), await Shown("10690001111", "GUANGDONG"));
    }

    [Fact]
    public async Task Binding_needs_an_effective_service_number_and_defaults_the_region_from_the_prefix()
    {
        var story = await StartAsync(Host, "cn-effective");
        await story.ApprovedFilingAsync();
        var (serviceNumberId, _) = await story.ApprovedServiceNumberAsync();
        var port = await story.ApprovedChannelNumberAsync("ORDINARY", "10690001234", "示例银行");
        var mobileRange = await story.ApprovedChannelNumberAsync("PREFIX", "1380013", "示例银行");

        await story.WaitUntilEffectiveAsync(serviceNumberId);
        // A 106 port names no province: NATIONWIDE. A mobile range (号段) of Beijing: BEIJING.
        var nationwide = await story.TryBindAsync(serviceNumberId, port, null);
        nationwide.AssertNoErrors();
        Assert.Equal("NATIONWIDE", nationwide.GetProperty("binding").GetProperty("region").GetString());
        var provincial = await story.TryBindAsync(serviceNumberId, mobileRange, null);
        provincial.AssertNoErrors();
        Assert.Equal("BEIJING", provincial.GetProperty("binding").GetProperty("region").GetString());
        // The default is only a default: another province is still chosen explicitly.
        (await story.TryBindAsync(serviceNumberId, mobileRange, "SHANGHAI")).AssertNoErrors();
        Assert.Equal(["BEIJING", "SHANGHAI"], (await RegionsAsync(story, mobileRange)).Order());
    }

    private static async Task<List<string?>> RegionsAsync(ServiceNumberScenario story, string channelNumberId)
        => (await story.AsTenant.QueryAsync($$"""{ node(id: "{{channelNumberId}}") { ... on ChannelNumber { bindings { region } } } }"""))
            .GetProperty("node").GetProperty("bindings").EnumerateArray().Select(b => b.GetProperty("region").GetString()).ToList();
}
