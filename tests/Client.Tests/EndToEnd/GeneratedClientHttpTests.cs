using System.Security.Cryptography;
using KooMessage.Client.Tests.Infrastructure;

namespace KooMessage.Client.Tests.EndToEnd;

/// <summary>The generated client (src/Client/Operations) against the real platform over GraphQL over HTTP.</summary>
public sealed class GeneratedClientHttpTests(PlatformServerFixture platform) : IClassFixture<PlatformServerFixture>
{
    private PlatformServer Server => platform.Server;

    [Fact]
    public async Task Viewer_and_tenants_come_back_typed_and_page_through_cursors()
    {
        await using var admin = ClientScope.For(Server, PlatformServer.AdminKey);
        var stem = PlatformSetup.NewSlug("paging");
        foreach (var n in new[] { 1, 2, 3 })
        {
            var created = (await admin.Client.CreateTenantAsync(new CreateTenantInput { Slug = $"{stem}-{n}", Name = $"Paging {n}" }).Within()).EnsureNoErrors();
            Assert.Null(created.CreateTenant.Errors);
        }

        var viewer = (await admin.Client.GetViewerAsync().Within()).EnsureNoErrors().Viewer;
        var where = new TenantFilterInput { Slug = new StringOperationFilterInput { StartsWith = stem } };
        TenantSortInput[] order = [new TenantSortInput { Slug = SortEnumType.Asc }];
        var first = (await admin.Client.GetTenantsAsync(first: 2, where: where, order: order).Within()).EnsureNoErrors().Tenants;
        var second = (await admin.Client.GetTenantsAsync(first: 2, after: first.PageInfo.EndCursor, where: where, order: order).Within()).EnsureNoErrors().Tenants;

        Assert.True(viewer.Authenticated);
        Assert.Equal([Role.PlatformAdmin], viewer.Roles);
        Assert.Null(viewer.Tenant);
        Assert.Equal(3, first.TotalCount);
        Assert.Equal([$"{stem}-1", $"{stem}-2"], first.Nodes.Select(t => t.Slug));
        Assert.True(first.PageInfo.HasNextPage);
        Assert.Equal([$"{stem}-3"], second.Nodes.Select(t => t.Slug));
        Assert.False(second.PageInfo.HasNextPage);
        var tenant = second.Nodes[0];
        Assert.Equal(("Paging 3", TenantStatus.Active, TimeSpan.Zero), (tenant.Name, tenant.Status, tenant.CreatedAt.Offset));
        Assert.InRange(tenant.CreatedAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task A_tenant_key_sees_its_own_tenant_as_viewer()
    {
        await using var admin = ClientScope.For(Server, PlatformServer.AdminKey);
        var tenant = await PlatformSetup.CreateTenantAsync(admin.Client, "viewer", Role.TenantMember).Within();
        await using var member = ClientScope.For(Server, tenant.Key);

        var viewer = (await member.Client.GetViewerAsync().Within()).EnsureNoErrors().Viewer;

        Assert.Equal([Role.TenantMember], viewer.Roles);
        Assert.Equal((tenant.Id, tenant.Slug), (viewer.Tenant?.Id, viewer.Tenant?.Slug));
    }

    [Fact]
    public async Task Payload_errors_arrive_as_typed_members_of_the_error_union()
    {
        await using var admin = ClientScope.For(Server, PlatformServer.AdminKey);
        var slug = PlatformSetup.NewSlug("taken");
        (await admin.Client.CreateTenantAsync(new CreateTenantInput { Slug = slug, Name = "First" }).Within()).EnsureNoErrors();

        var badSlug = (await admin.Client.CreateTenantAsync(new CreateTenantInput { Slug = "Not A Slug!", Name = "Bad" }).Within()).EnsureNoErrors().CreateTenant;
        var duplicate = (await admin.Client.CreateTenantAsync(new CreateTenantInput { Slug = slug, Name = "Second" }).Within()).EnsureNoErrors().CreateTenant;

        Assert.Null(badSlug.Tenant);
        var validation = Assert.IsType<CreateTenantMutation.ValidationError>(Assert.Single(badSlug.Errors!));
        Assert.Equal(("slug", "VALIDATION", "ValidationError"), (validation.Field, validation.Code, validation.Typename));
        Assert.Null(duplicate.Tenant);
        var conflict = Assert.IsType<CreateTenantMutation.ConflictError>(Assert.Single(duplicate.Errors!));
        Assert.Equal("slug", conflict.ConflictField);
        Assert.Contains(slug, ((IErrorParts)conflict).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Top_level_errors_carry_the_server_code_and_leave_data_empty()
    {
        await using var anonymous = ClientScope.For(Server, apiKey: string.Empty);

        var result = await anonymous.Client.GetTenantsAsync(first: 1).Within();

        Assert.False(result.IsSuccess);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", Assert.Single(result.Errors).Code);
        Assert.Throws<GraphQLOperationException>(() => result.EnsureNoErrors());
    }

    [Fact]
    public async Task An_upload_is_sent_as_a_multipart_request_and_the_file_refetches_as_its_node_type()
    {
        await using var admin = ClientScope.For(Server, PlatformServer.AdminKey);
        var tenant = await PlatformSetup.CreateTenantAsync(admin.Client, "upload").Within();
        await using var client = ClientScope.For(Server, tenant.Key);
        var bytes = SampleFiles.Png(1234);
        using var content = new MemoryStream(bytes);

        var uploaded = (await client.Client.UploadFileAsync(new UploadFileInput { File = new Upload(content, "营业执照.png", "image/png"), Purpose = FilePurpose.Image }).Within()).EnsureNoErrors().UploadFile;
        var node = (await client.Client.GetNodeAsync(uploaded.File!.Id).Within()).EnsureNoErrors().Node;

        Assert.Null(uploaded.Errors);
        var file = uploaded.File;
        Assert.Equal(("营业执照.png", FileKind.Png, FilePurpose.Image, 1234L), (file.Name, file.Kind, file.Purpose, file.Size));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256);
        var refetched = Assert.IsType<GetNodeQuery.FileRef>(node);
        Assert.Equal((file.Id, file.Sha256, "FileRef"), (refetched.Id, refetched.Sha256, refetched.Typename));
    }

    [Fact]
    public async Task A_refused_upload_names_the_input_field_in_a_typed_validation_error()
    {
        await using var admin = ClientScope.For(Server, PlatformServer.AdminKey);
        var tenant = await PlatformSetup.CreateTenantAsync(admin.Client, "refused").Within();
        await using var client = ClientScope.For(Server, tenant.Key);
        using var renamedExecutable = new MemoryStream(SampleFiles.Executable());

        var refused = (await client.Client.UploadFileAsync(new UploadFileInput { File = new Upload(renamedExecutable, "letter.pdf", "application/pdf"), Purpose = FilePurpose.Letter }).Within()).EnsureNoErrors().UploadFile;
        var files = (await client.Client.GetFilesAsync().Within()).EnsureNoErrors().Files;

        Assert.Null(refused.File);
        Assert.Equal("file", Assert.IsType<UploadFileMutation.ValidationError>(Assert.Single(refused.Errors!)).Field);
        Assert.Equal(0, files.TotalCount);
    }

    [Fact]
    public async Task The_filing_story_runs_through_the_generated_client_and_reviewables_come_back_as_their_kind()
    {
        await using var admin = ClientScope.For(Server, PlatformServer.AdminKey);
        var tenant = await PlatformSetup.CreateTenantAsync(admin.Client, "filing").Within();
        await using var reviewer = ClientScope.For(Server, await PlatformSetup.CreatePlatformKeyAsync(admin.Client, Role.PlatformReviewer).Within());
        await using var client = ClientScope.For(Server, tenant.Key);
        var story = new FilingStory(client.Client, reviewer.Client);
        var filingId = await story.SaveDraftAsync().Within();
        await story.SubmitAsync(filingId).Within();

        var queue = (await reviewer.Client.GetReviewQueueAsync(where: new ReviewTicketFilterInput { TenantId = new IdOperationFilterInput { Eq = tenant.Id } }).Within()).EnsureNoErrors().ReviewQueue;
        var approved = await story.ApproveAsync(filingId).Within();
        var filing = (await client.Client.GetFilingAsync(ProductArea.SmartMessage).Within()).EnsureNoErrors().Filing!;

        var ticket = Assert.Single(queue.Nodes);
        Assert.Equal((ReviewSubjectKind.Filing, ReviewTicketStatus.Open, tenant.Slug), (ticket.Kind, ticket.Status, ticket.Tenant.Slug));
        Assert.Equal((filingId, ReviewStatus.Pending), (Assert.IsType<GetReviewQueueQuery.Filing>(ticket.Subject).Id, ticket.Subject!.ReviewStatus));
        var subject = Assert.IsType<ApproveMutation.Filing>(approved.Subject);
        Assert.Equal((ReviewStatus.Approved, ProductArea.SmartMessage), (subject.ReviewStatus, subject.ProductArea));
        Assert.All<IReviewSubjectParts?>([subject, ticket.Subject], s => Assert.Equal(ProductArea.SmartMessage, Assert.IsAssignableFrom<IReviewSubjectParts.IFiling>(s).ProductArea));
        Assert.Equal((ReviewStatus.Pending, ReviewStatus.Approved, Role.PlatformReviewer), (approved.ReviewEvent!.From, approved.ReviewEvent.To, approved.ReviewEvent.ActorRole));
        Assert.True(filing.HasApprovedRevision);
        Assert.Equal([FilingKind.SendTask, FilingKind.ShortLink], filing.ApprovedKinds.Order());
        Assert.Equal([(ReviewStatus.Draft, ReviewStatus.Pending), (ReviewStatus.Pending, ReviewStatus.Approved)], filing.ReviewHistory.Select(e => (e.From, e.To)));
        Assert.All(filing.Documents, d => Assert.Equal(FileKind.Pdf, d.File!.Kind));
    }
}
