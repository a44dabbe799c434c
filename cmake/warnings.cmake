# gongkai_set_warnings(target): the project's warning set; errors when GONGKAI_WERROR is ON.
function(gongkai_set_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Woverloaded-virtual -Wcast-align -Wformat=2 -Wimplicit-fallthrough
    -Wmissing-declarations -Wundef
    # GCC 12 reports false -Wrestrict errors inside libstdc++'s std::string at -O2
    # (GCC bug 105651); the warning has no true positives in our code to lose.
    $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
  if(GONGKAI_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
