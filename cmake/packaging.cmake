# The Debian package (`make deb`, CPack): the gongkai binary in /usr/bin, its data (work calendar,
# letter templates, web templates and static files) in /usr/share/gongkai where the binary looks
# for them, the systemd units (the server; a daily backup of an SQLite ledger), the documentation,
# and maintainer scripts that create the `gongkai` system user and enable both (packaging/). Shared-library dependencies come from
# dpkg-shlibdeps; the fonts the PDF writer needs are named.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/web/static ${PROJECT_SOURCE_DIR}/web/templates
        DESTINATION share/gongkai/web)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/gongkai.service
              ${PROJECT_SOURCE_DIR}/packaging/gongkai-backup.service
              ${PROJECT_SOURCE_DIR}/packaging/gongkai-backup.timer
        DESTINATION lib/systemd/system)
install(PROGRAMS ${PROJECT_SOURCE_DIR}/packaging/gongkai-backup DESTINATION lib/gongkai)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION share/doc/gongkai)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION share/doc/gongkai
        FILES_MATCHING PATTERN "*.md" PATTERN "*.json" PATTERN "screenshots" EXCLUDE)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME gongkai)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CONTACT "Gongkai maintainers <gongkai@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "government information disclosure (政府信息公开) office system and report auditor")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Keeps the ledgers of a Chinese administrative organ's disclosure work (applications with
their statutory clock, proactive publications with their reviews, appeals, fees), produces the
annual report in the State Council's format, serves a staff workspace and a public portal, and
reads and checks published annual reports in bulk.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/packaging/postinst ${PROJECT_SOURCE_DIR}/packaging/prerm
    ${PROJECT_SOURCE_DIR}/packaging/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
include(CPack)
