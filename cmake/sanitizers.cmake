# With GONGKAI_SANITIZE every target is built and linked with ASan and UBSan; any UBSan report
# aborts the test that triggered it.
if(GONGKAI_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()

# With GONGKAI_FUZZ (clang only) the libraries are instrumented for libFuzzer as well; the fuzz
# targets in fuzz/ link the fuzzer's main.
if(GONGKAI_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
