#!/usr/bin/env bash
# A tour of the platform through its API, from a fresh `dotnet run` to a clicked short link and a
# service number. Every request is printed with the server's answer.
#
#   docs/walkthrough.sh [BASE_URL] [ADMIN_KEY]
#   KOOMESSAGE_URL=http://localhost:5000 KOOMESSAGE_KEY=km_... docs/walkthrough.sh
#
# ADMIN_KEY is the platform-admin key the platform printed on its first start (or Bootstrap__AdminApiKey).
# Needs bash, curl and node (to build and read JSON). The README's walkthrough has the same requests to
# paste one by one. The names it creates carry a suffix of this run, so it can run again on one database.
set -euo pipefail

KOOMESSAGE_URL=${1:-${KOOMESSAGE_URL:-http://localhost:5000}}
KOOMESSAGE_KEY=${2:-${KOOMESSAGE_KEY:-}}
if [ -z "$KOOMESSAGE_KEY" ]; then
  echo "usage: $0 [BASE_URL] [ADMIN_KEY]  (or set KOOMESSAGE_URL and KOOMESSAGE_KEY)" >&2
  exit 2
fi
RUN=$(date +%s)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

step() { printf '\n==> %s\n' "$*"; }

# gql KEY QUERY [NAME=TEXT | NAME:=JSON]...: POSTs one GraphQL request as KEY with those variables,
# prints the answer and keeps it in $RESPONSE for pick; fails on top-level errors.
gql() {
  local key=$1 query=$2
  shift 2
  RESPONSE=$(node -e '
    const [query, ...pairs] = process.argv.slice(1), variables = {};
    for (const pair of pairs) {
      const [, name, op, value] = /^(\w+)(:?=)([\s\S]*)$/.exec(pair);
      variables[name] = op === ":=" ? JSON.parse(value) : value;
    }
    process.stdout.write(JSON.stringify({ query, variables }));' "$query" "$@" |
    curl -sS "$KOOMESSAGE_URL/graphql" -H 'content-type: application/json' -H "authorization: Bearer $key" --data-binary @-) || return
  printf '%s\n' "$RESPONSE"
  node -e 'if (JSON.parse(process.argv[1]).errors) { console.error("top-level errors: see above"); process.exit(1); }' "$RESPONSE"
}

# pick PATH: prints the value at PATH (e.g. data.createTenant.tenant.id) of the last answer; fails when it is missing.
pick() {
  node -e '
    let value = JSON.parse(process.argv[1]);
    for (const key of process.argv[2].split(".")) value = value?.[key];
    if (value == null) { console.error(`no ${process.argv[2]} in the answer above`); process.exit(1); }
    console.log(typeof value === "object" ? JSON.stringify(value) : value);' "$RESPONSE" "$1"
}

# upload KEY FILE PURPOSE: uploads FILE as a GraphQL multipart request; prints the answer, keeps it in $RESPONSE.
upload() {
  RESPONSE=$(curl -sS "$KOOMESSAGE_URL/graphql" -H "authorization: Bearer $1" -H 'GraphQL-Preflight: 1' \
    -F operations='{"query":"mutation($f: Upload!, $p: FilePurpose!) { uploadFile(input: {file: $f, purpose: $p}) { file { id name sha256 } errors { __typename ... on Error { message } } } }","variables":{"f":null,"p":"'"$3"'"}}' \
    -F map='{"0":["variables.f"]}' \
    -F 0=@"$2") || return
  printf '%s\n' "$RESPONSE"
}

# wait_for WHAT QUERY PATH EXPECTED [KEY]: repeats QUERY (as the tenant) once a second, at most 60 times, until PATH is EXPECTED.
wait_for() {
  local what=$1 query=$2 path=$3 expected=$4 attempt
  for attempt in $(seq 1 60); do
    gql "$TENANT_KEY" "$query" >/dev/null
    if [ "$(pick "$path")" = "$expected" ]; then
      printf '%s\n' "$RESPONSE"
      return 0
    fi
    sleep 1
  done
  printf '%s\n' "$RESPONSE"
  echo "$what did not happen within 60 s" >&2
  return 1
}

# Files to upload. The platform judges files by their content, so these are minimal real ones:
# a PDF header for letters, PNG headers with a pixel size for images, and a csv of recipients.
printf '%%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%%%EOF\n' > commitment-letter.pdf
cp commitment-letter.pdf signature-authorization.pdf
cp commitment-letter.pdf company-relationship.pdf
png() { printf '\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR%b%b\x08\x02\x00\x00\x00' "$1" "$2" > "$3"; } # width, height (4 bytes each), file
png '\x00\x00\x03\x20' '\x00\x00\x02\x58' license.png        # 800x600
png '\x00\x00\x02\x58' '\x00\x00\x03\x20' authorization.png  # 600x800
png '\x00\x00\x01\x00' '\x00\x00\x01\x00' logo.png           # 256x256: logos are square
printf 'phone,order,url\n13800138000,A100,https://shop.example.cn/orders/A100\n+86 139 0013 9000,A101,https://shop.example.cn/orders/A101\n' > numbers.csv

step "The platform is up, and the admin key works"
curl -sS "$KOOMESSAGE_URL/health/ready"; echo
gql "$KOOMESSAGE_KEY" '{ viewer { authenticated roles } }'

step "1. A tenant (as the platform admin)"
gql "$KOOMESSAGE_KEY" 'mutation($slug: String!) { createTenant(input: {slug: $slug, name: "Acme Ltd"}) {
    tenant { id slug status } errors { __typename ... on Error { code message } ... on ValidationError { field } } } }' slug="acme-$RUN"
TENANT_ID=$(pick data.createTenant.tenant.id)

step "2. A key for the tenant, and a reviewer key (shown once: keep them)"
gql "$KOOMESSAGE_KEY" 'mutation($tenantId: ID!) { createApiKey(input: {name: "console", role: TENANT_ADMIN, tenantId: $tenantId}) {
    apiKey { id prefix role tenant { slug } } secret errors { __typename ... on Error { code message } ... on ValidationError { field } } } }' tenantId="$TENANT_ID"
TENANT_KEY=$(pick data.createApiKey.secret)
gql "$KOOMESSAGE_KEY" 'mutation { createApiKey(input: {name: "reviewer", role: PLATFORM_REVIEWER}) {
    apiKey { id prefix role } secret errors { __typename ... on Error { code message } } } }'
REVIEWER_KEY=$(pick data.createApiKey.secret)

step "3. The enterprise profile (企业信息) with its business licence"
upload "$TENANT_KEY" license.png IMAGE
LICENSE_ID=$(pick data.uploadFile.file.id)
gql "$TENANT_KEY" 'mutation($licenseId: ID!) { saveEnterpriseProfile(input: {name: "深圳市示例科技有限公司",
    certificateType: THREE_IN_ONE, creditCode: "91110000600037341L", enterpriseType: PRIVATE, industry: "软件和信息技术服务业",
    contactName: "王五", contactPhone: "+86 138 0013 8000", contactEmail: "ops@example.cn", businessLicenseFileId: $licenseId}) {
    enterpriseProfile { id name creditCode } errors { __typename ... on Error { code message } ... on ValidationError { field } } } }' licenseId="$LICENSE_ID"

step "4. A SMART_MESSAGE filing (企业备案) with its three letters, submitted for review"
# The signature of step 6 (示例科技) is not the enterprise's registered name: that takes the 公司关系授权函.
upload "$TENANT_KEY" commitment-letter.pdf LETTER
COMMITMENT_ID=$(pick data.uploadFile.file.id)
upload "$TENANT_KEY" signature-authorization.pdf LETTER
AUTHORIZATION_ID=$(pick data.uploadFile.file.id)
upload "$TENANT_KEY" company-relationship.pdf LETTER
RELATIONSHIP_ID=$(pick data.uploadFile.file.id)
gql "$TENANT_KEY" 'mutation($commitment: ID!, $authorization: ID!, $relationship: ID!) { saveFiling(input: {productArea: SMART_MESSAGE, kinds: [SEND_TASK, SHORT_LINK],
    documents: [{type: MATERIAL_COMMITMENT_LETTER, fileId: $commitment}, {type: SIGNATURE_AUTHORIZATION_LETTER, fileId: $authorization},
      {type: COMPANY_RELATIONSHIP_LETTER, fileId: $relationship}]}) {
    filing { id reviewStatus } errors { __typename ... on Error { code message } ... on ValidationError { field } } } }' \
  commitment="$COMMITMENT_ID" authorization="$AUTHORIZATION_ID" relationship="$RELATIONSHIP_ID"
FILING_ID=$(pick data.saveFiling.filing.id)
gql "$TENANT_KEY" 'mutation($id: ID!) { submitFiling(input: {id: $id}) {
    filing { id reviewStatus } errors { __typename ... on Error { code message } } } }' id="$FILING_ID"

step "5. A reviewer approves the filing"
gql "$REVIEWER_KEY" '{ reviewQueue(first: 10) { nodes { kind title tenant { slug } submittedAt dueAt overdue subject { id reviewStatus } } } }'
gql "$REVIEWER_KEY" 'mutation($id: ID!) { approve(input: {subjectId: $id, note: "ok"}) {
    subject { id reviewStatus } errors { __typename ... on Error { code message } } } }' id="$FILING_ID"

step "6. An SMS app, a signature (approved by the reviewer) and a template (approved: ACTIVE)"
gql "$TENANT_KEY" 'mutation { createSmsApp(input: {name: "营销平台"}) {
    smsApp { id name } errors { __typename ... on Error { code message } } } }'
APP_ID=$(pick data.createSmsApp.smsApp.id)
gql "$TENANT_KEY" 'mutation($appId: ID!) { createSmsSignature(input: {appId: $appId, name: "示例科技", type: NOTIFICATION,
    source: ENTERPRISE_NAME, involvesThirdParty: false}) {
    smsSignature { id name reviewStatus } errors { __typename ... on Error { code message } ... on ValidationError { field } } } }' appId="$APP_ID"
SIGNATURE_ID=$(pick data.createSmsSignature.smsSignature.id)
gql "$REVIEWER_KEY" 'mutation($id: ID!) { approve(input: {subjectId: $id}) {
    subject { id reviewStatus } errors { __typename ... on Error { code message } } } }' id="$SIGNATURE_ID"
gql "$TENANT_KEY" 'mutation($appId: ID!, $signatureId: ID!) { createSmsTemplate(input: {appId: $appId, signatureId: $signatureId,
    name: "发货通知", type: NOTIFICATION, content: "您的订单${1}已发货，查看详情 ${2}", forSmartMessages: true,
    variables: [{index: 1, type: CHAR_DIGIT, maxLength: 20}, {index: 2, type: SHORT_LINK, maxLength: 0}]}) {
    smsTemplate { id status estimatedLength estimatedSegments }
    errors { __typename ... on Error { code message } ... on ValidationError { field } } } }' appId="$APP_ID" signatureId="$SIGNATURE_ID"
TEMPLATE_ID=$(pick data.createSmsTemplate.smsTemplate.id)
gql "$REVIEWER_KEY" 'mutation($id: ID!) { approve(input: {subjectId: $id}) {
    subject { id reviewStatus ... on SmsTemplate { status } } errors { __typename ... on Error { code message } } } }' id="$TEMPLATE_ID"

step "7. A send task to the numbers of a csv file, with a public smart (card) template"
gql "$TENANT_KEY" '{ smartTemplates(first: 1, where: {public: {eq: true}}) { nodes { id name } } }'
SMART_TEMPLATE_ID=$(pick data.smartTemplates.nodes.0.id)
upload "$TENANT_KEY" numbers.csv NUMBER_FILE
NUMBER_FILE_ID=$(pick data.uploadFile.file.id)
gql "$TENANT_KEY" 'mutation($smartTemplateId: ID!, $appId: ID!, $signatureId: ID!, $templateId: ID!, $fileId: ID!) {
  createSendTask(input: {name: "发货通知", smartTemplateId: $smartTemplateId, smsAppId: $appId, signatureId: $signatureId,
    smsTemplateId: $templateId, sendMode: IMMEDIATE, fallback: PLAIN_SMS, numberSource: FILE, numberFileId: $fileId}) {
    sendTask { id status } numbers { total invalid resolvable unresolvable submitted }
    errors { __typename ... on Error { code message } ... on ValidationError { field } } } }' \
  smartTemplateId="$SMART_TEMPLATE_ID" appId="$APP_ID" signatureId="$SIGNATURE_ID" templateId="$TEMPLATE_ID" fileId="$NUMBER_FILE_ID"
TASK_ID=$(pick data.createSendTask.sendTask.id)

step "8. The dispatcher sends it in the background (the Sandbox gateway delivers)"
wait_for "Completing the task" "{ node(id: \"$TASK_ID\") { ... on SendTask { status progress { sent delivered failed } } } }" data.node.status COMPLETED

step "9. A recipient clicks its short link: a redirect to its own URL, counted"
gql "$TENANT_KEY" 'query($id: ID!) { node(id: $id) { ... on SendTask { recipients(first: 10) { nodes { phone channel state shortLinkCode } } } } }' id="$TASK_ID"
CODE=$(pick data.node.recipients.nodes.0.shortLinkCode)
curl -sS -o /dev/null -w '%{http_code} -> %{redirect_url}\n' "$KOOMESSAGE_URL/s/$CODE"
wait_for "Counting the click" "{ node(id: \"$TASK_ID\") { ... on SendTask { progress { clicks uniqueClicks } } } }" data.node.progress.clicks 1

step "10. A service number (服务号): a SERVICE_NUMBER filing, approved, then the service number, approved"
upload "$TENANT_KEY" authorization.png AUTHORIZATION_IMAGE
HUAWEI_AUTHORIZATION_ID=$(pick data.uploadFile.file.id)
gql "$TENANT_KEY" 'mutation($fileId: ID!) { saveFiling(input: {productArea: SERVICE_NUMBER, documents: [{type: HUAWEI_AUTHORIZATION, fileId: $fileId}]}) {
    filing { id reviewStatus } errors { __typename ... on Error { code message } ... on ValidationError { field } } } }' fileId="$HUAWEI_AUTHORIZATION_ID"
SN_FILING_ID=$(pick data.saveFiling.filing.id)
gql "$TENANT_KEY" 'mutation($id: ID!) { submitFiling(input: {id: $id}) { filing { id reviewStatus } errors { __typename ... on Error { code message } } } }' id="$SN_FILING_ID"
gql "$REVIEWER_KEY" 'mutation($id: ID!) { approve(input: {subjectId: $id}) { subject { id reviewStatus } errors { __typename ... on Error { code message } } } }' id="$SN_FILING_ID"
upload "$TENANT_KEY" logo.png IMAGE
LOGO_ID=$(pick data.uploadFile.file.id)
gql "$TENANT_KEY" 'mutation($name: String!, $logoId: ID!, $letterId: ID!) { createServiceNumber(input: {name: $name, remark: "主服务号",
    industry: FINANCE, intro: "专业的金融理财服务", logoFileId: $logoId, signatureAuthorization: false, authorizationLetterFileId: $letterId}) {
    serviceNumber { id name status reviewStatus } eventToken
    errors { __typename ... on Error { code message } ... on ValidationError { field } } } }' \
  name="示例银行$((RUN % 100000))" logoId="$LOGO_ID" letterId="$HUAWEI_AUTHORIZATION_ID"
SERVICE_NUMBER_ID=$(pick data.createServiceNumber.serviceNumber.id)
SN_TOKEN=$(pick data.createServiceNumber.eventToken)
gql "$REVIEWER_KEY" 'mutation($id: ID!) { approve(input: {subjectId: $id}) {
    subject { id reviewStatus ... on ServiceNumber { status } } errors { __typename ... on Error { code message } } } }' id="$SERVICE_NUMBER_ID"

step "11. Phones report clicks on the service number's menu and hotline"
curl -sS --fail-with-body "$KOOMESSAGE_URL/sn/events" -H "X-Service-Number-Token: $SN_TOKEN" -H 'content-type: application/json' \
  -d '{"events":[{"target":"MENU","name":"优惠活动","visitor":"device-42"},{"target":"HOTLINE","name":"95555","visitor":"device-42"}]}'
echo

step "Done: tenant acme-$RUN is configured, has sent a task and runs a service number."
