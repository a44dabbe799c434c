#include "core/access.hpp"

#include <gtest/gtest.h>

#include "core/personal_data.hpp"

namespace gongkai::core {
namespace {

// 1 district government; 2, 3 its departments; 4 below 3.
OrgTree District() {
  return OrgTree({{1, "区政府", std::nullopt, OrgKind::kGovernment},
                  {2, "工信局", 1, OrgKind::kDepartment},
                  {3, "住建局", 1, OrgKind::kDepartment},
                  {4, "住建局下属", 3, OrgKind::kOther}});
}

TEST(Access, OfficerRecordsOnlyInItsOwnOrganisation) {
  OrgTree tree = District();
  std::vector<RoleGrant> officer = {{2, Role::kOfficer}};
  EXPECT_TRUE(Allows(officer, tree, Permission::kRecordCase, 2));
  EXPECT_FALSE(Allows(officer, tree, Permission::kRecordCase, 3));
  EXPECT_FALSE(Allows(officer, tree, Permission::kApproveExtension, 2));
  EXPECT_FALSE(Allows({{1, Role::kOfficer}}, tree, Permission::kRecordCase, 2));
}

// 条例 Art. 33 ¶2: an extension needs the head of the disclosure office.
TEST(Access, OnlyTheHeadApprovesExtensionsAndPublishesTheReport) {
  OrgTree tree = District();
  for (Role role : kAllRoles) {
    std::vector<RoleGrant> grants = {{2, role}};
    EXPECT_EQ(Allows(grants, tree, Permission::kApproveExtension, 2), role == Role::kHead);
    EXPECT_EQ(Allows(grants, tree, Permission::kPublishReport, 2), role == Role::kHead);
  }
}

// 条例 Art. 17: the confidentiality review is its own role.
TEST(Access, ReviewsAreSeparated) {
  OrgTree tree = District();
  EXPECT_TRUE(Allows({{2, Role::kReviewer}}, tree, Permission::kReviewContent, 2));
  EXPECT_FALSE(Allows({{2, Role::kReviewer}}, tree, Permission::kReviewSecrecy, 2));
  EXPECT_TRUE(Allows({{2, Role::kSecrecyReviewer}}, tree, Permission::kReviewSecrecy, 2));
  EXPECT_FALSE(Allows({{2, Role::kSecrecyReviewer}}, tree, Permission::kReviewContent, 2));
}

// 条例 Art. 46: the supervising organ reads the organisations below it, and only reads.
TEST(Access, SupervisorReadsBelowButWritesNothing) {
  OrgTree tree = District();
  std::vector<RoleGrant> supervisor = {{1, Role::kSupervisor}};
  for (OrgId org : {1, 2, 3, 4})
    EXPECT_TRUE(Allows(supervisor, tree, Permission::kViewLedger, org));
  EXPECT_FALSE(Allows({{3, Role::kSupervisor}}, tree, Permission::kViewLedger, 2));
  EXPECT_TRUE(Allows({{3, Role::kSupervisor}}, tree, Permission::kViewLedger, 4));
  for (Permission write : {Permission::kRecordCase, Permission::kEditPublication,
                           Permission::kRecordAppeal, Permission::kPublishReport}) {
    EXPECT_FALSE(Allows(supervisor, tree, write, 2));
  }
}

TEST(Access, AdministratorManagesButDoesNotSeeTheLedger) {
  OrgTree tree = District();
  EXPECT_TRUE(Allows({{1, Role::kAdministrator}}, tree, Permission::kManageUsers, 4));
  EXPECT_FALSE(Allows({{1, Role::kAdministrator}}, tree, Permission::kViewLedger, 1));
  EXPECT_TRUE(Allows({{1, Role::kAdministrator}}, tree, Permission::kManageCalendar, 2));
  EXPECT_FALSE(Allows({{3, Role::kAdministrator}}, tree, Permission::kManageCalendar, 3));
  EXPECT_FALSE(Allows({{3, Role::kAdministrator}}, tree, Permission::kManageUsers, 2));
}

TEST(Access, UnknownOrganisationIsOutsideEveryTree) {
  OrgTree tree = District();
  EXPECT_FALSE(tree.Contains(99));
  EXPECT_FALSE(Allows({{1, Role::kSupervisor}}, tree, Permission::kViewLedger, 99));
}

TEST(Access, RoleNamesRoundTrip) {
  for (Role role : kAllRoles) EXPECT_EQ(RoleFromString(ToString(role)), role);
  EXPECT_FALSE(RoleFromString("root"));
}

TEST(PersonalData, Masks) {
  EXPECT_EQ(MaskIdNumber("110101199003071234"), "110***********1234");
  EXPECT_EQ(MaskIdNumber("G1234567"), "********");
  EXPECT_EQ(MaskIdNumber(""), "");
  EXPECT_EQ(MaskPhone("13812345678"), "138****5678");
  EXPECT_EQ(MaskPhone("0571-8765432"), "057*-***5432");
  EXPECT_EQ(MaskPhone("87654321"), "******21");
  EXPECT_EQ(MaskAddress("浙江省杭州市西湖区文三路 100 号"), "浙江省杭州市****");
  EXPECT_EQ(MaskAddress("杭州"), "****");
}

}  // namespace
}  // namespace gongkai::core
